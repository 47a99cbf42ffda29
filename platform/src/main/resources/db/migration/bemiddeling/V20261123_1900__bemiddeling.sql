create schema if not exists bemiddeling;

-- Belangstelling van een werkgever of bemiddelaar voor een anoniem profiel, voor een werkplek.
-- kandidaat_id is intern en wordt nooit aan werkgevers of bemiddelaars getoond.
create table bemiddeling.belangstelling (
  id                        uuid primary key,
  regiocode                 text not null,
  kandidaat_id              uuid not null,
  profielcode               text not null,
  werkplek_id               uuid not null,
  werkgever_organisatie_id  uuid not null,
  aanvrager_organisatie_id  uuid not null,
  aangevraagd_door          text not null,
  bericht                   text not null check (length(bericht) between 1 and 1000),
  status                    text not null,
  deadline                  date not null,
  antwoord                  text,
  gesprek_op                timestamptz,
  gesprek_locatie           text,
  gesprek_online            boolean not null default false,
  uitkomst                  text,
  uitkomst_reden            text check (uitkomst_reden is null or length(uitkomst_reden) <= 1000),
  aangemaakt_op             timestamptz not null default now(),
  gewijzigd_op              timestamptz not null default now(),
  versie                    integer not null default 0
);

create index belangstelling_regio_status on bemiddeling.belangstelling (regiocode, status, deadline);
create index belangstelling_werkgever on bemiddeling.belangstelling (werkgever_organisatie_id);
create index belangstelling_aanvrager on bemiddeling.belangstelling (aanvrager_organisatie_id);
