create schema if not exists monitoring;

-- Landelijke bijeenkomsten, stuurgroepvergaderingen en bestuurlijk overleg.
create table monitoring.bijeenkomst (
  id            uuid primary key,
  soort         text not null,
  datum         date not null,
  thema         text not null check (length(thema) between 1 and 300),
  vorm          text not null,
  verslag       text not null default '',
  versie        integer not null default 0,
  aangemaakt_op timestamptz not null default now()
);
create index bijeenkomst_soort on monitoring.bijeenkomst (soort, datum);

-- Per regio en landelijke bijeenkomst: aanwezig, en wat de regio inbracht.
create table monitoring.deelname (
  bijeenkomst_id    uuid not null references monitoring.bijeenkomst (id) on delete cascade,
  regiocode         text not null,
  aanwezig          boolean not null,
  voortgang         text not null default '',
  knelpunten        text not null default '',
  goede_praktijken  text not null default '',
  voorstel          text not null default '',
  primary key (bijeenkomst_id, regiocode)
);

-- Periodieke voortgangsrapportage per regio.
create table monitoring.rapportage (
  id                   uuid primary key,
  regiocode            text not null,
  periode              text not null,
  gerealiseerde_matches integer not null check (gerealiseerde_matches >= 0),
  knelpunten           text not null default '',
  toelichting          text not null default '',
  door                 text not null,
  ingediend_op         timestamptz not null,
  unique (regiocode, periode)
);

create table monitoring.rapportage_activiteit (
  rapportage_id  uuid not null references monitoring.rapportage (id) on delete cascade,
  activiteit_id  uuid not null,
  status         text not null,
  toelichting    text not null default '',
  primary key (rapportage_id, activiteit_id)
);

-- Voortgangsgesprekken van het ondersteuningsteam met een regio.
create table monitoring.voortgangsgesprek (
  id         uuid primary key,
  regiocode  text not null,
  datum      date not null,
  verslag    text not null check (length(verslag) between 1 and 10000),
  door       text not null,
  op         timestamptz not null default now()
);
create index voortgangsgesprek_regio on monitoring.voortgangsgesprek (regiocode, datum);

-- Verlenging van het programma: de einddatum verschuift, met reden.
create table monitoring.programmaverlenging (
  id              uuid primary key,
  oude_einddatum  date not null,
  nieuwe_einddatum date not null,
  reden           text not null check (length(reden) between 1 and 2000),
  door            text not null,
  op              timestamptz not null default now()
);
