create schema if not exists kandidaat;

-- Een kandidaat. Identiteit (naam, BSN, geboortedatum, adres, contact) staat hier voor de eigen
-- organisatie, het regioloket en de kandidaat; het BSN alleen versleuteld (AES-GCM) met een
-- sleutel-hash (HMAC) om dezelfde persoon uit gemeente en UWV samen te voegen.
create table kandidaat.kandidaat (
  id                  uuid primary key,
  regiocode           text not null,
  organisatie_id      uuid,
  gebruikersnaam      text unique,
  in_bestand          boolean not null default true,
  uit_bestand_reden   text,
  uit_bestand_op      timestamptz,
  geanonimiseerd_op   timestamptz,
  voornaam            text,
  achternaam          text,
  geboortedatum       date,
  bsn_versleuteld     bytea,
  bsn_hash            text,
  straat              text,
  huisnummer          text,
  postcode            text,
  woonplaats          text,
  email               text,
  telefoon            text,
  pc4                 char(4),
  gemeentecode        text,
  opleidingsniveau    text not null,
  startkwalificatie   boolean not null,
  uren_per_week       integer not null check (uren_per_week between 1 and 60),
  max_reisafstand_km  integer not null check (max_reisafstand_km between 1 and 250),
  beschikbaar_vanaf   date not null,
  rijbewijs           boolean not null default false,
  talen               text[] not null default '{}',
  werkvormwensen      text[] not null default '{}',
  sectorwensen        text,
  doelgroepen         text[] not null default '{}',
  laatst_bevestigd_op date not null,
  aangemaakt_op       timestamptz not null default now(),
  versie              integer not null default 0
);
create unique index kandidaat_bsn_hash on kandidaat.kandidaat (bsn_hash) where bsn_hash is not null;
create index kandidaat_regio on kandidaat.kandidaat (regiocode);
create index kandidaat_organisatie on kandidaat.kandidaat (organisatie_id);

-- Herkomst: per bronsysteem (gemeente, UWV, zelfmelding) het eigen nummer.
create table kandidaat.bron (
  kandidaat_id uuid not null references kandidaat.kandidaat (id) on delete cascade,
  bron         text not null,
  extern_id    text not null,
  primary key (bron, extern_id)
);

create table kandidaat.ervaring (
  kandidaat_id uuid not null references kandidaat.kandidaat (id) on delete cascade,
  beroep_id    text not null,
  code_systeem text not null default 'ESCO',
  versie       text not null default 'v1.1.1',
  primary key (kandidaat_id, beroep_id)
);

create table kandidaat.vaardigheid (
  kandidaat_id    uuid not null references kandidaat.kandidaat (id) on delete cascade,
  vaardigheid_id  text not null,
  code_systeem    text not null default 'ESCO',
  versie          text not null default 'v1.1.1',
  primary key (kandidaat_id, vaardigheid_id)
);

create table kandidaat.werkfit (
  id                 uuid primary key,
  kandidaat_id       uuid not null references kandidaat.kandidaat (id) on delete cascade,
  graad              text not null,
  werkvormen         text[] not null default '{}',
  instrumenten       text[] not null default '{}',
  resterende_stappen text,
  beoordeeld_door    text not null,
  beoordeeld_op      date not null,
  geldig_tot         date not null,
  vastgelegd_op      timestamptz not null default now()
);
create index werkfit_kandidaat on kandidaat.werkfit (kandidaat_id, vastgelegd_op desc);

-- Toestemmingenregister: alleen toevoegen en intrekken, nooit wijzigen.
create table kandidaat.toestemming (
  id               uuid primary key,
  kandidaat_id     uuid not null references kandidaat.kandidaat (id) on delete cascade,
  soort            text not null check (soort in ('BESTAND', 'IDENTITEIT')),
  werkgever_id     uuid,
  doel             text not null,
  tekstversie      text not null,
  gegeven_op       timestamptz not null,
  wijze            text not null,
  vastgelegd_door  text not null,
  ingetrokken_op   timestamptz,
  ingetrokken_door text
);
create index toestemming_kandidaat on kandidaat.toestemming (kandidaat_id);

-- Bijzondere persoonsgegevens (ondersteuningsbehoefte): apart, alleen voor de eigen consulent,
-- nooit in een profiel.
create table kandidaat.ondersteuning (
  kandidaat_id uuid primary key references kandidaat.kandidaat (id) on delete cascade,
  mobiliteit   boolean not null default false,
  kinderopvang boolean not null default false,
  schulden     boolean not null default false,
  gezondheid   boolean not null default false
);
