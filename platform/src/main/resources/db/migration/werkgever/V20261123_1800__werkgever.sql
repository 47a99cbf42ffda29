create schema if not exists werkgever;

-- Het profiel van een werkgever: één per organisatie van type WERKGEVER (toegang.organisatie).
create table werkgever.profiel (
  organisatie_id          uuid primary key,
  kvk_nummer              text not null check (kvk_nummer ~ '^[0-9]{8}$'),
  sector                  text not null,
  contact_naam            text not null,
  contact_email           text not null,
  contact_telefoon        text,
  erkend_leerbedrijf      boolean not null default false,
  begeleidingscapaciteit  integer not null default 0 check (begeleidingscapaciteit >= 0),
  versie                  integer not null default 0,
  gewijzigd_op            timestamptz not null default now(),
  gewijzigd_door          text
);

-- Een werkplek met ESCO-beroep en gekozen vaardigheden (ids), in de regio van de postcode.
create table werkgever.werkplek (
  id               uuid primary key,
  werkgever_id     uuid not null,
  regiocode        text not null,
  type             text not null,
  titel            text not null check (length(titel) between 1 and 200),
  beroep_id        text not null,
  beroep_naam      text not null,
  vaardigheden     text[] not null default '{}',
  uren_per_week    integer not null check (uren_per_week between 1 and 40),
  postcode         text not null,
  startdatum       date not null,
  aantal_plaatsen  integer not null check (aantal_plaatsen between 1 and 999),
  min_opleiding    text,
  taal             text,
  rijbewijs        boolean not null default false,
  jobcarving       boolean not null default false,
  aanpassingen     text check (length(aanpassingen) <= 500),
  instrumenten     text[] not null default '{}',
  status           text not null,
  versie           integer not null default 0,
  aangemaakt_op    timestamptz not null default now(),
  aangemaakt_door  text,
  gewijzigd_op     timestamptz not null default now()
);

create index werkplek_werkgever on werkgever.werkplek (werkgever_id, status);
create index werkplek_regio on werkgever.werkplek (regiocode, status);
