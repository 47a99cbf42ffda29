-- Signaleringen voor de beheerder, bijvoorbeeld een gebruiker die te veel identiteiten inziet.
create table audit.signalering (
  id         bigint generated always as identity primary key,
  tijdstip   timestamptz not null default now(),
  gebruiker  text not null,
  melding    text not null
);
create index signalering_tijdstip on audit.signalering (tijdstip desc);
