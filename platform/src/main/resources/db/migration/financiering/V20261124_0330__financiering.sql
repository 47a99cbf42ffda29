create schema if not exists financiering;

-- Tranches van de impulsfinanciering (decentralisatie-uitkering aan de centrumgemeente; geen btw).
create table financiering.tranche (
  id                 uuid primary key,
  regiocode          text not null,
  plan_id            uuid not null,
  nummer             integer not null check (nummer in (1, 2)),
  status             text not null,
  bedrag_cent        bigint not null check (bedrag_cent >= 0),
  circulaire         text,
  goede_voortgang    boolean,
  aanwezigheid       boolean,
  rapportage         boolean,
  monitoring         boolean,
  aanwezigheid_pct   integer,
  reden              text,
  besloten_door      text not null,
  besloten_op        timestamptz not null,
  versie             integer not null default 0,
  unique (regiocode, nummer)
);

-- Bestedingen per activiteit en financieringsvorm.
create table financiering.besteding (
  id                uuid primary key,
  regiocode         text not null,
  activiteit_id     uuid not null,
  financieringsvorm text not null,
  bedrag_cent       bigint not null check (bedrag_cent > 0),
  omschrijving      text not null check (length(omschrijving) between 1 and 500),
  datum             date not null,
  door              text not null,
  op                timestamptz not null default now()
);
create index besteding_regio on financiering.besteding (regiocode);
