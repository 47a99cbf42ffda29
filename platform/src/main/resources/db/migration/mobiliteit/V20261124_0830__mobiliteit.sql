create schema if not exists mobiliteit;

-- Het regionale mobiliteitsteam (RMT): één per arbeidsmarktregio.
create table mobiliteit.team (
  id                   uuid primary key,
  regiocode            text not null unique,
  naam                 text not null check (length(naam) between 1 and 200),
  operationeel_sinds   date,
  gewijzigd_op         timestamptz not null default now(),
  versie               integer not null default 0
);

create table mobiliteit.teamlid (
  id          uuid primary key,
  team_id     uuid not null references mobiliteit.team (id) on delete cascade,
  naam        text not null check (length(naam) between 1 and 200),
  soort       text not null,
  partner     boolean not null default false,
  toegevoegd_op timestamptz not null default now()
);

-- Een client van het RMT. Naam en contact blijven in de regio; geen geboortedatum, alleen de vlag jongere (< 27).
create table mobiliteit.client (
  id                  uuid primary key,
  regiocode           text not null,
  naam                text not null check (length(naam) between 1 and 200),
  email               text check (email is null or length(email) <= 200),
  telefoon            text check (telefoon is null or length(telefoon) <= 40),
  situatie            text not null,
  datum_baanverlies   date not null check (datum_baanverlies >= date '2020-03-12'),
  categorie           text not null,
  jongere             boolean not null default false,
  schoolverlater      boolean not null default false,
  herkomst            text not null,
  vraag               text check (vraag is null or length(vraag) <= 2000),
  status              text not null,
  uitkomst            text,
  aangemeld_op        timestamptz not null default now(),
  in_behandeling_op   timestamptz,
  afgesloten_op       timestamptz,
  behandelaar         text,
  gewijzigd_op        timestamptz not null default now(),
  versie              integer not null default 0
);

create index client_regio on mobiliteit.client (regiocode, status);
create index client_aangemeld on mobiliteit.client (aangemeld_op);

create table mobiliteit.casusbespreking (
  id          uuid primary key,
  client_id   uuid not null references mobiliteit.client (id) on delete cascade,
  datum       date not null,
  deelnemers  text not null check (length(deelnemers) between 1 and 500),
  afspraken   text not null check (length(afspraken) between 1 and 2000),
  door        text not null,
  vastgelegd_op timestamptz not null default now()
);

create table mobiliteit.dienst (
  id          uuid primary key,
  client_id   uuid not null references mobiliteit.client (id) on delete cascade,
  soort       text not null,
  startdatum  date not null,
  door        text not null,
  vastgelegd_op timestamptz not null default now()
);

create index dienst_client on mobiliteit.dienst (client_id);
create index casus_client on mobiliteit.casusbespreking (client_id);
