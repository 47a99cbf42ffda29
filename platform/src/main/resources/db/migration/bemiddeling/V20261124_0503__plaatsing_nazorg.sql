-- Belangstelling: ook een directe uitnodiging (zelfde route en toestemmingspoort), de datum van het eerste
-- gesprek (blijft staan bij een vervolggesprek, voor de cijfers) en het matchingevent waar ze uit voortkwam.
alter table bemiddeling.belangstelling add column soort text not null default 'BELANGSTELLING'
  check (soort in ('BELANGSTELLING', 'UITNODIGING'));
alter table bemiddeling.belangstelling add column eerste_gesprek_op timestamptz;
alter table bemiddeling.belangstelling add column matchingevent_id uuid;
update bemiddeling.belangstelling set eerste_gesprek_op = gesprek_op where gesprek_op is not null;

-- Een plaatsing: de match die meetelt voor de ambitie van de regio (op de startdatum), uit een MATCH.
create table bemiddeling.plaatsing (
  id                        uuid primary key,
  belangstelling_id         uuid not null unique references bemiddeling.belangstelling (id),
  regiocode                 text not null,
  kandidaat_id              uuid not null,
  werkplek_id               uuid not null,
  werkgever_organisatie_id  uuid not null,
  startdatum                date not null,
  werkplektype              text not null,
  contractvorm              text not null,
  uren_per_week             integer not null check (uren_per_week between 1 and 40),
  instrumenten              text[] not null default '{}',
  afspraken                 text check (afspraken is null or length(afspraken) <= 1000),
  jobcoach                  text check (jobcoach is null or length(jobcoach) <= 200),
  -- verwijzing naar een scholingstraject (module scholing), bewust zonder afhankelijkheid
  scholingstraject          text check (scholingstraject is null or length(scholingstraject) <= 200),
  status                    text not null check (status in ('GESTART', 'DUURZAAM', 'BEEINDIGD')),
  duurzaam_op               date,
  beeindigd_op              date,
  beeindiging_reden         text check (beeindiging_reden is null or length(beeindiging_reden) <= 1000),
  terug_in_bestand          boolean,
  aangemaakt_op             timestamptz not null default now(),
  aangemaakt_door           text not null,
  gewijzigd_op              timestamptz not null default now(),
  versie                    integer not null default 0
);
create index plaatsing_regio on bemiddeling.plaatsing (regiocode, status);
create index plaatsing_jobcoach on bemiddeling.plaatsing (jobcoach);

-- Nazorg: een contactmoment per geconfigureerde maand na de start (standaard 1, 3 en 6).
create table bemiddeling.nazorgcontact (
  plaatsing_id     uuid not null references bemiddeling.plaatsing (id) on delete cascade,
  maand            integer not null check (maand between 1 and 36),
  gepland_op       date not null,
  status           text not null check (status in ('OPEN', 'IN_WERK', 'UITGEVALLEN', 'VERVALLEN')),
  reden            text check (reden is null or length(reden) <= 1000),
  activiteiten     text check (activiteiten is null or length(activiteiten) <= 2000),
  vastgelegd_op    timestamptz,
  vastgelegd_door  text,
  primary key (plaatsing_id, maand)
);
create index nazorgcontact_open on bemiddeling.nazorgcontact (status, gepland_op);
