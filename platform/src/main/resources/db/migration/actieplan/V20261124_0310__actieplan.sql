create schema if not exists actieplan;

-- De doe-agenda van een regio (één per regio); de negen onderdelen van het Kader.
create table actieplan.plan (
  id                          uuid primary key,
  regiocode                   text not null unique,
  status                      text not null,
  analyse_tekst               text not null default '',
  ambitie_matches             integer check (ambitie_matches is null or ambitie_matches between 1 and 100000),
  ambitie_verbetering         text not null default '',
  ambitie_kwalitatief         text not null default '',
  aanpak                      text not null default '',
  wgd_aanspreekpunt           text not null default '',
  wgd_zichtbaarheid           text not null default '',
  wgd_harmonisatie            text not null default '',
  betrokkenen                 text not null default '',
  instrumenten                text not null default '',
  overige_afspraken           text not null default '',
  contact_naam                text not null default '',
  contact_email               text not null default '',
  contact_telefoon            text not null default '',
  praktijkleren_pilot         boolean not null default false,
  praktijkleren_budget_cent   bigint not null default 0 check (praktijkleren_budget_cent >= 0),
  ingediend_op                timestamptz,
  venster                     text,
  goedgekeurd_op              date,
  looptijd_tot                date,
  versienummer                integer not null default 0,
  herziening_reden            text,
  aangemaakt_op               timestamptz not null default now(),
  gewijzigd_op                timestamptz not null default now(),
  versie                      integer not null default 0
);

create table actieplan.activiteit (
  id                uuid primary key,
  plan_id           uuid not null references actieplan.plan (id) on delete cascade,
  pijler            text not null,
  thema             text not null check (length(thema) between 1 and 200),
  partijen          text not null check (length(partijen) between 1 and 500),
  planning          text not null check (length(planning) between 1 and 200),
  budget_cent       bigint not null check (budget_cent >= 0),
  financieringsvorm text not null,
  aangemaakt_op     timestamptz not null default now()
);
create index activiteit_plan on actieplan.activiteit (plan_id);

create table actieplan.arrangement (
  id            uuid primary key,
  plan_id       uuid not null references actieplan.plan (id) on delete cascade,
  soort_werk    text not null check (length(soort_werk) between 1 and 200),
  doelgroep     text not null check (length(doelgroep) between 1 and 200),
  toeleiding    text not null check (length(toeleiding) between 1 and 1000),
  opleiding     text not null check (length(opleiding) between 1 and 1000),
  partijen      text not null check (length(partijen) between 1 and 500),
  aangemaakt_op timestamptz not null default now()
);
create index arrangement_plan on actieplan.arrangement (plan_id);

-- Ondertekening: wethouder centrumgemeente, werkgeversvertegenwoordiger, mede-ondertekenaars.
create table actieplan.ondertekenaar (
  id            uuid primary key,
  plan_id       uuid not null references actieplan.plan (id) on delete cascade,
  soort         text not null,
  naam          text not null check (length(naam) between 1 and 200),
  functie       text not null check (length(functie) between 1 and 200),
  organisatie   text not null check (length(organisatie) between 1 and 200),
  verklaring_a  boolean not null default false,
  verklaring_b  boolean not null default false,
  verklaring_c  boolean not null default false,
  getekend_op   date,
  aangemaakt_op timestamptz not null default now()
);
create index ondertekenaar_plan on actieplan.ondertekenaar (plan_id);

-- Bijlage 9: de samenwerkingsovereenkomst (PDF).
create table actieplan.overeenkomst (
  plan_id        uuid primary key references actieplan.plan (id) on delete cascade,
  bestandsnaam   text not null,
  grootte        integer not null,
  inhoud         bytea not null,
  geupload_op    timestamptz not null default now()
);

-- Elke ingediende versie (ook herzieningen na goedkeuring) als momentopname per onderdeel.
create table actieplan.planversie (
  plan_id       uuid not null references actieplan.plan (id) on delete cascade,
  versienummer  integer not null,
  ingediend_op  timestamptz not null,
  reden         text,
  primary key (plan_id, versienummer)
);

create table actieplan.planversie_onderdeel (
  plan_id       uuid not null,
  versienummer  integer not null,
  onderdeel     text not null,
  tekst         text not null,
  primary key (plan_id, versienummer, onderdeel),
  foreign key (plan_id, versienummer) references actieplan.planversie (plan_id, versienummer) on delete cascade
);

-- De statusgeschiedenis.
create table actieplan.statusovergang (
  id          bigserial primary key,
  plan_id     uuid not null references actieplan.plan (id) on delete cascade,
  van         text,
  naar        text not null,
  door        text not null,
  rol         text not null,
  toelichting text,
  op          timestamptz not null
);
create index statusovergang_plan on actieplan.statusovergang (plan_id, id);
