create schema if not exists toegang;

create table toegang.organisatie (
  id            uuid primary key,
  naam          text not null,
  type          text not null,
  gemeentecode  text,
  demo          boolean not null default false,
  versie        integer not null default 0,
  aangemaakt_op timestamptz not null default now(),
  constraint organisatie_naam_type_uniek unique (naam, type)
);

-- Regio's waarin een organisatie werkt; geen rij = landelijk.
create table toegang.organisatie_regio (
  organisatie_id uuid not null references toegang.organisatie (id) on delete cascade,
  regiocode      text not null,
  primary key (organisatie_id, regiocode)
);
create index organisatie_regio_regio on toegang.organisatie_regio (regiocode);

create table toegang.gebruiker (
  id                 uuid primary key,
  gebruikersnaam     text not null unique check (gebruikersnaam = lower(gebruikersnaam)),
  naam               text not null,
  email              text,
  wachtwoord_hash    text,
  rol                text not null,
  -- kandidaten horen bij geen organisatie; zij hebben alleen een regio
  organisatie_id     uuid references toegang.organisatie (id),
  regiocode          text,
  actief             boolean not null default true,
  demo               boolean not null default false,
  oidc_subject       text unique,
  versie             integer not null default 0,
  aangemaakt_op      timestamptz not null default now(),
  laatst_ingelogd_op timestamptz,
  constraint gebruiker_organisatie_of_regio check (organisatie_id is not null or regiocode is not null)
);
create index gebruiker_organisatie on toegang.gebruiker (organisatie_id);

-- Systeemkoppelingen (OAuth2 client credentials).
create table toegang.api_client (
  id             uuid primary key,
  client_id      text not null unique,
  naam           text not null,
  geheim_hash    text not null,
  organisatie_id uuid references toegang.organisatie (id),
  scopes         text not null,
  actief         boolean not null default true,
  demo           boolean not null default false,
  aangemaakt_op  timestamptz not null default now()
);
