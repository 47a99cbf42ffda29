-- Een geplaatste kandidaat staat niet in het zoekbare bestand (bemiddeling: plaatsing gestart); na uitval
-- komt hij terug als hij dat wil (de kolom wordt dan weer leeg).
alter table kandidaat.kandidaat add column geplaatst_sinds date;
