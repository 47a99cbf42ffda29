create schema if not exists scholing;

-- Een scholingstraject van één kandidaat. kandidaat_id verwijst naar de module kandidaat (geen naam hier);
-- plaatsing_ref is een losse verwijzing naar een plaatsing in de module bemiddeling (kan leeg zijn).
create table scholing.traject (
  id                        uuid primary key,
  regiocode                 text not null,
  organisatie_id            uuid not null,
  kandidaat_id              uuid not null,
  type                      text not null,
  opleiding                 text not null check (length(opleiding) between 1 and 200),
  erkend_leerbedrijf        text check (erkend_leerbedrijf is null or length(erkend_leerbedrijf) <= 200),
  praktijkopleider          text check (praktijkopleider is null or length(praktijkopleider) <= 200),
  onderwijs_organisatie_id  uuid,
  startdatum                date not null,
  einddatum                 date,
  erkend_certificaat        boolean not null default false,
  plaatsing_ref             text check (plaatsing_ref is null or length(plaatsing_ref) <= 100),
  status                    text not null,
  uitkomst                  text,
  uitkomst_datum            date,
  aangemaakt_door           text not null,
  aangemaakt_op             timestamptz not null default now(),
  gewijzigd_op              timestamptz not null default now(),
  versie                    integer not null default 0,
  check (einddatum is null or einddatum >= startdatum)
);

create index traject_regio on scholing.traject (regiocode, status);
create index traject_organisatie on scholing.traject (organisatie_id);
create index traject_onderwijs on scholing.traject (onderwijs_organisatie_id);

-- Aanmelding van een regio voor de pilot praktijkleren met praktijkverklaring (tranche 1 of 2).
create table scholing.pilot_aanmelding (
  id              uuid primary key,
  regiocode       text not null,
  tranche         integer not null check (tranche in (1, 2)),
  status          text not null,
  toelichting     text check (toelichting is null or length(toelichting) <= 1000),
  aangemeld_door  text not null,
  aangemeld_op    timestamptz not null default now(),
  besluit_door    text,
  besluit_op      timestamptz,
  versie          integer not null default 0,
  unique (regiocode, tranche)
);
