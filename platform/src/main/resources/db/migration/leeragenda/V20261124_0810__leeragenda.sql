create schema if not exists leeragenda;

-- Activiteiten van de leeragenda (webinar, themabijeenkomst, leerkring), landelijk of in een regio.
create table leeragenda.activiteit (
  id            uuid primary key,
  thema         text not null,
  vorm          text not null,
  titel         text not null check (length(titel) between 1 and 200),
  omschrijving  text check (omschrijving is null or length(omschrijving) <= 4000),
  datum         date not null,
  regiocode     text,
  partner       text check (partner is null or length(partner) <= 200),
  aangemaakt_door text not null,
  aangemaakt_op timestamptz not null default now(),
  versie        integer not null default 0
);

-- Aanmelding en aanwezigheid per organisatie en regio.
create table leeragenda.deelname (
  activiteit_id   uuid not null references leeragenda.activiteit (id) on delete cascade,
  organisatie_id  uuid not null,
  organisatienaam text not null,
  regiocode       text,
  aangemeld_door  text not null,
  aangemeld_op    timestamptz not null default now(),
  aanwezig        boolean not null default false,
  primary key (activiteit_id, organisatie_id)
);

-- Evaluatiecycli (feedbackloops) van de lerende evaluatie.
create table leeragenda.evaluatiecyclus (
  id            uuid primary key,
  nummer        integer not null unique,
  naam          text not null check (length(naam) between 1 and 200),
  periode_van   date not null,
  periode_tot   date not null,
  status        text not null,
  aangemaakt_op timestamptz not null default now(),
  versie        integer not null default 0,
  check (periode_tot >= periode_van)
);

-- Invoer voor een cyclus: plannen, voortgangsrapportages, gespreksverslagen (tekst of document). Geen persoonsgegevens.
create table leeragenda.evaluatie_input (
  id             uuid primary key,
  cyclus_id      uuid not null references leeragenda.evaluatiecyclus (id) on delete cascade,
  soort          text not null,
  titel          text not null check (length(titel) between 1 and 200),
  regiocode      text,
  tekst          text check (tekst is null or length(tekst) <= 20000),
  bestandsnaam   text,
  content_type   text,
  inhoud         bytea,
  toegevoegd_door text not null,
  toegevoegd_op  timestamptz not null default now()
);

-- Tussen- en eindrapporten (PDF).
create table leeragenda.evaluatie_rapport (
  id             uuid primary key,
  cyclus_id      uuid not null references leeragenda.evaluatiecyclus (id) on delete cascade,
  soort          text not null,
  titel          text not null check (length(titel) between 1 and 200),
  bestandsnaam   text not null,
  grootte        integer not null,
  inhoud         bytea not null,
  opgeslagen_door text not null,
  opgeslagen_op  timestamptz not null default now()
);

-- Producten, goede praktijken en lessen in één bibliotheek, doorzoekbaar met PostgreSQL-full-text (dutch).
create table leeragenda.item (
  id              uuid primary key,
  soort           text not null,
  titel           text not null check (length(titel) between 1 and 200),
  samenvatting    text not null check (length(samenvatting) between 1 and 1000),
  inhoud          text check (inhoud is null or length(inhoud) <= 20000),
  thema           text not null,
  pijler          text not null,
  regiocode       text,
  vorm            text,
  url             text check (url is null or length(url) <= 500),
  resultaten      text check (resultaten is null or length(resultaten) <= 4000),
  activiteit_id   uuid references leeragenda.activiteit (id) on delete set null,
  cyclus_id       uuid references leeragenda.evaluatiecyclus (id) on delete set null,
  stedelijkheid   text,
  omvang          text,
  sectoren        text check (sectoren is null or length(sectoren) <= 300),
  mislukt         boolean not null default false,
  publiek_privaat text not null default 'BEIDE',
  gepubliceerd_door text not null,
  gepubliceerd_op timestamptz not null default now(),
  versie          integer not null default 0,
  zoekvector      tsvector generated always as (
    setweight(to_tsvector('dutch'::regconfig, coalesce(titel, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(samenvatting, '')), 'B')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(sectoren, '')), 'B')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(inhoud, '') || ' ' || coalesce(resultaten, '')), 'C')
  ) stored
);

create index item_zoekvector on leeragenda.item using gin (zoekvector);
create index item_thema on leeragenda.item (thema, gepubliceerd_op desc);

-- De behoeftepeiling van een regio: prioriteit per thema (1-5) en de regionale context.
create table leeragenda.behoefte (
  regiocode      text primary key,
  prioriteiten   text not null,
  stedelijkheid  text,
  omvang         text,
  sectoren       text check (sectoren is null or length(sectoren) <= 300),
  toelichting    text check (toelichting is null or length(toelichting) <= 2000),
  ingevuld_door  text not null,
  ingevuld_op    timestamptz not null default now(),
  versie         integer not null default 0
);

-- Wanneer een gebruiker de leeragenda voor het laatst bekeek (voor "nieuw voor uw regio").
create table leeragenda.bezoek (
  gebruikersnaam  text primary key,
  laatst_bezocht  timestamptz not null
);
