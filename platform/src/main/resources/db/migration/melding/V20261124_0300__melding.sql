create schema if not exists melding;

-- Meldingen in de app (bel in de kop); per e-mail verstuurd als SMTP is ingesteld.
create table melding.melding (
  id            uuid primary key,
  ontvanger_id  uuid not null,
  onderwerp     text not null check (length(onderwerp) between 1 and 200),
  tekst         text not null check (length(tekst) <= 4000),
  link          text check (link is null or link like '/%'),
  aangemaakt_op timestamptz not null default now(),
  gelezen_op    timestamptz,
  gemaild_op    timestamptz
);
create index melding_ontvanger on melding.melding (ontvanger_id, gelezen_op, aangemaakt_op desc);
