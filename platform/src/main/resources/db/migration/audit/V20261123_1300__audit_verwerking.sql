create schema if not exists audit;

-- Logboek dataverwerkingen (naar de standaard van Logius): wie, namens welke organisatie en in
-- welke rol, deed wat met welk persoonsgegeven, waarom en wanneer. Alleen toevoegen.
create table audit.verwerking (
  id                     bigint generated always as identity primary key,
  trace_id               uuid not null,
  tijdstip               timestamptz not null default now(),
  gebruiker              text not null,
  organisatie            text,
  rol                    text not null,
  handeling              text not null check (handeling in ('inzien', 'wijzigen', 'aanmaken', 'verwijderen', 'exporteren')),
  verwerkingsactiviteit  text not null,
  betrokkene_type        text not null,
  betrokkene_id          text not null,
  doel                   text not null,
  grondslag              text
);
create index verwerking_betrokkene on audit.verwerking (betrokkene_type, betrokkene_id, tijdstip desc);
create index verwerking_gebruiker on audit.verwerking (gebruiker, tijdstip desc);
create index verwerking_tijdstip on audit.verwerking (tijdstip desc);

create function audit.weiger_wijziging() returns trigger language plpgsql as $$
begin
  raise exception 'Het verwerkingenlog is alleen aan te vullen; % is niet toegestaan', tg_op;
end;
$$;

create trigger verwerking_alleen_toevoegen
  before update or delete or truncate on audit.verwerking
  for each statement execute function audit.weiger_wijziging();
