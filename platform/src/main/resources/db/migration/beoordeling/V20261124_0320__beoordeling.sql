create schema if not exists beoordeling;

-- Volledigheidstoets van het ondersteuningsteam, per onderdeel.
create table beoordeling.volledigheidstoets (
  id            uuid primary key,
  plan_id       uuid not null,
  regiocode     text not null,
  planversie    integer not null,
  volledig      boolean not null,
  opmerking     text,
  door          text not null,
  op            timestamptz not null
);
create index volledigheidstoets_plan on beoordeling.volledigheidstoets (plan_id, op);

create table beoordeling.toets_onderdeel (
  toets_id   uuid not null references beoordeling.volledigheidstoets (id) on delete cascade,
  onderdeel  text not null,
  in_orde    boolean not null,
  opmerking  text,
  primary key (toets_id, onderdeel)
);

-- Advies van de stuurgroep op de vijf criteria, in een stuurgroepvergadering.
create table beoordeling.advies (
  id              uuid primary key,
  plan_id         uuid not null,
  regiocode       text not null,
  planversie      integer not null,
  vergadering_id  uuid not null,
  criterium_1     boolean not null,
  criterium_2     boolean not null,
  criterium_3     boolean not null,
  criterium_4     boolean not null,
  criterium_5     boolean not null,
  positief        boolean not null,
  toelichting     text not null,
  door            text not null,
  op              timestamptz not null
);
create index advies_plan on beoordeling.advies (plan_id, op);

-- Besluit van het ministerie (staatssecretaris).
create table beoordeling.besluit (
  id          uuid primary key,
  plan_id     uuid not null,
  regiocode   text not null,
  planversie  integer not null,
  goedgekeurd boolean not null,
  motivering  text not null,
  besluitdatum date not null,
  door        text not null,
  op          timestamptz not null
);
create index besluit_plan on beoordeling.besluit (plan_id, op);
