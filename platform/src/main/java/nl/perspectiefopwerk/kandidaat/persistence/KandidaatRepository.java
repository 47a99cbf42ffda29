package nl.perspectiefopwerk.kandidaat.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import nl.perspectiefopwerk.kandidaat.Instrument;
import nl.perspectiefopwerk.kandidaat.IntakeGegevens;
import nl.perspectiefopwerk.kandidaat.IntakeGegevens.Ondersteuningsbehoefte;
import nl.perspectiefopwerk.kandidaat.WerkfitGraad;
import nl.perspectiefopwerk.kandidaat.Werkvorm;
import nl.perspectiefopwerk.kandidaat.domain.Toestemming;
import nl.perspectiefopwerk.kandidaat.domain.Werkfitbeoordeling;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van kandidaten, werkfitbeoordelingen, toestemmingen en herkomst (schema kandidaat). */
@Repository
public class KandidaatRepository {

  private static final String SELECT =
      "select id, regiocode, organisatie_id, gebruikersnaam, in_bestand, uit_bestand_reden, uit_bestand_op, geanonimiseerd_op, "
          + "voornaam, achternaam, geboortedatum, bsn_versleuteld, straat, huisnummer, postcode, woonplaats, email, telefoon, "
          + "pc4, gemeentecode, opleidingsniveau, startkwalificatie, uren_per_week, max_reisafstand_km, beschikbaar_vanaf, "
          + "rijbewijs, talen, werkvormwensen, sectorwensen, doelgroepen, laatst_bevestigd_op, aangemaakt_op, versie "
          + "from kandidaat.kandidaat";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public KandidaatRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public void voegToe(
      UUID id, String regio, UUID organisatie, String gebruikersnaam, IntakeGegevens g, byte[] bsn, String bsnHash,
      String pc4, String gemeente, LocalDate bevestigd) {
    jdbc.sql(
            """
            insert into kandidaat.kandidaat (id, regiocode, organisatie_id, gebruikersnaam, voornaam, achternaam, geboortedatum,
              bsn_versleuteld, bsn_hash, straat, huisnummer, postcode, woonplaats, email, telefoon, pc4, gemeentecode,
              opleidingsniveau, startkwalificatie, uren_per_week, max_reisafstand_km, beschikbaar_vanaf, rijbewijs, talen,
              werkvormwensen, sectorwensen, doelgroepen, laatst_bevestigd_op)
            values (:id, :regio, :org, :gebruiker, :voornaam, :achternaam, :geboortedatum, :bsn, :hash, :straat, :huisnummer,
              :postcode, :woonplaats, :email, :telefoon, :pc4, :gemeente, :niveau, :startkwalificatie, :uren, :afstand,
              :beschikbaar, :rijbewijs, :talen, :werkvormen, :sectoren, :doelgroepen, :bevestigd)
            """)
        .param("id", id).param("regio", regio).param("org", organisatie).param("gebruiker", gebruikersnaam)
        .params(gegevens(g))
        .param("bsn", bsn).param("hash", bsnHash).param("pc4", pc4).param("gemeente", gemeente).param("bevestigd", bevestigd)
        .update();
    bewaarOndersteuning(id, g.ondersteuning());
    voegErvaringToe(id, g.beroepen(), g.vaardigheden());
  }

  /** Werkt profiel en identiteit bij (niet de eigenaar); optimistische vergrendeling als versie niet null is. */
  public boolean werkBij(UUID id, Integer versie, String regio, IntakeGegevens g, String pc4, String gemeente, LocalDate bevestigd) {
    int n = jdbc.sql(
            """
            update kandidaat.kandidaat set regiocode = :regio, voornaam = :voornaam, achternaam = :achternaam,
              geboortedatum = :geboortedatum, straat = :straat, huisnummer = :huisnummer, postcode = :postcode,
              woonplaats = :woonplaats, email = :email, telefoon = :telefoon, pc4 = :pc4, gemeentecode = :gemeente,
              opleidingsniveau = :niveau, startkwalificatie = :startkwalificatie, uren_per_week = :uren,
              max_reisafstand_km = :afstand, beschikbaar_vanaf = :beschikbaar, rijbewijs = :rijbewijs, talen = :talen,
              werkvormwensen = :werkvormen, sectorwensen = :sectoren, doelgroepen = :doelgroepen,
              laatst_bevestigd_op = :bevestigd, versie = versie + 1
            where id = :id and (cast(:versie as integer) is null or versie = :versie)
            """)
        .param("id", id).param("versie", versie).param("regio", regio).params(gegevens(g))
        .param("pc4", pc4).param("gemeente", gemeente).param("bevestigd", bevestigd)
        .update();
    if (n == 1) {
      bewaarOndersteuning(id, g.ondersteuning());
      vervangErvaring(id, g.beroepen(), g.vaardigheden());
    }
    return n == 1;
  }

  private Map<String, Object> gegevens(IntakeGegevens g) {
    Map<String, Object> m = new HashMap<>();
    m.put("voornaam", g.voornaam());
    m.put("achternaam", g.achternaam());
    m.put("geboortedatum", g.geboortedatum());
    m.put("straat", g.straat());
    m.put("huisnummer", g.huisnummer());
    m.put("postcode", g.postcode());
    m.put("woonplaats", g.woonplaats());
    m.put("email", g.email());
    m.put("telefoon", g.telefoon());
    m.put("niveau", g.opleidingsniveau().name());
    m.put("startkwalificatie", g.startkwalificatie());
    m.put("uren", g.urenPerWeek());
    m.put("afstand", g.maxReisafstandKm());
    m.put("beschikbaar", g.beschikbaarVanaf());
    m.put("rijbewijs", g.rijbewijs());
    m.put("talen", tekstArray(g.talen()));
    m.put("werkvormen", tekstArray(g.werkvormwensen().stream().map(Enum::name).toList()));
    m.put("sectoren", g.sectorwensen());
    m.put("doelgroepen", tekstArray(g.doelgroepen().stream().map(Enum::name).sorted().toList()));
    return m;
  }

  private Array tekstArray(Collection<String> waarden) {
    return template.execute((Connection c) -> c.createArrayOf("text", waarden.toArray()));
  }

  private void bewaarOndersteuning(UUID id, Ondersteuningsbehoefte o) {
    jdbc.sql(
            """
            insert into kandidaat.ondersteuning (kandidaat_id, mobiliteit, kinderopvang, schulden, gezondheid) values (?, ?, ?, ?, ?)
            on conflict (kandidaat_id) do update set mobiliteit = excluded.mobiliteit, kinderopvang = excluded.kinderopvang,
              schulden = excluded.schulden, gezondheid = excluded.gezondheid
            """)
        .params(id, o.mobiliteit(), o.kinderopvang(), o.schulden(), o.gezondheid())
        .update();
  }

  private void vervangErvaring(UUID id, List<String> beroepen, List<String> vaardigheden) {
    jdbc.sql("delete from kandidaat.ervaring where kandidaat_id = ?").param(id).update();
    jdbc.sql("delete from kandidaat.vaardigheid where kandidaat_id = ?").param(id).update();
    voegErvaringToe(id, beroepen, vaardigheden);
  }

  /** Eén statement per soort, hoeveel beroepen of vaardigheden het ook zijn (unnest van een array). */
  private void voegErvaringToe(UUID id, List<String> beroepen, List<String> vaardigheden) {
    if (!beroepen.isEmpty()) {
      jdbc.sql("insert into kandidaat.ervaring (kandidaat_id, beroep_id) select ?, unnest(?) on conflict do nothing")
          .params(id, tekstArray(new java.util.LinkedHashSet<>(beroepen))).update();
    }
    if (!vaardigheden.isEmpty()) {
      jdbc.sql("insert into kandidaat.vaardigheid (kandidaat_id, vaardigheid_id) select ?, unnest(?) on conflict do nothing")
          .params(id, tekstArray(new java.util.LinkedHashSet<>(vaardigheden))).update();
    }
  }

  public Optional<KandidaatRij> kandidaat(UUID id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(KandidaatRepository::rij).optional();
  }

  public Optional<KandidaatRij> metGebruikersnaam(String gebruikersnaam) {
    return jdbc.sql(SELECT + " where gebruikersnaam = ?").param(gebruikersnaam).query(KandidaatRepository::rij).optional();
  }

  public Optional<UUID> metBsnHash(String hash) {
    return jdbc.sql("select id from kandidaat.kandidaat where bsn_hash = ?").param(hash).query(UUID.class).optional();
  }

  public Optional<UUID> metBron(String bron, String externId) {
    return jdbc.sql("select kandidaat_id from kandidaat.bron where bron = ? and extern_id = ?").params(bron, externId).query(UUID.class).optional();
  }

  public void koppelBron(UUID id, String bron, String externId) {
    jdbc.sql("insert into kandidaat.bron (kandidaat_id, bron, extern_id) values (?, ?, ?) on conflict do nothing").params(id, bron, externId).update();
  }

  public List<String[]> bronnen(UUID id) {
    return jdbc.sql("select bron, extern_id from kandidaat.bron where kandidaat_id = ? order by bron").param(id)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
  }

  public Pagina<KandidaatRij> zoek(UUID organisatie, String regio, String zoek, PaginaVerzoek verzoek) {
    String filter = "%" + (zoek == null ? "" : zoek.strip().toLowerCase()) + "%";
    String where = " where (cast(:org as uuid) is null or organisatie_id = :org) and (cast(:regio as text) is null or regiocode = :regio)"
        + " and geanonimiseerd_op is null and lower(coalesce(voornaam, '') || ' ' || coalesce(achternaam, '')) like :f";
    long totaal = jdbc.sql("select count(*) from kandidaat.kandidaat" + where)
        .param("org", organisatie).param("regio", regio).param("f", filter).query(Long.class).single();
    List<KandidaatRij> items = jdbc.sql(SELECT + where + " order by achternaam, voornaam, id limit :l offset :o")
        .param("org", organisatie).param("regio", regio).param("f", filter)
        .param("l", verzoek.grootte()).param("o", verzoek.offset())
        .query(KandidaatRepository::rij).list();
    return new Pagina<>(items, verzoek.pagina(), verzoek.grootte(), totaal);
  }

  /** Alle (niet geanonimiseerde) kandidaten van een organisatie. */
  public List<KandidaatRij> vanOrganisatie(UUID organisatie) {
    return jdbc.sql(SELECT + " where organisatie_id = ? and geanonimiseerd_op is null").param(organisatie).query(KandidaatRepository::rij).list();
  }

  /** Welke van deze kandidaten hebben ooit een werkfitbeoordeling gehad? */
  public Set<UUID> metWerkfitbeoordeling(Collection<UUID> ids) {
    if (ids.isEmpty()) return Set.of();
    return new HashSet<>(jdbc.sql("select distinct kandidaat_id from kandidaat.werkfit where kandidaat_id = any(?)")
        .param(ids.toArray(UUID[]::new)).query(UUID.class).list());
  }

  /** Alle kandidaten in het bestand van een regio (voor het anonieme bestand). */
  public List<KandidaatRij> inBestand(String regio) {
    return jdbc.sql(SELECT + " where regiocode = ? and in_bestand and geplaatst_sinds is null and geanonimiseerd_op is null").param(regio).query(KandidaatRepository::rij).list();
  }

  public Map<UUID, List<String>> beroepen(Collection<UUID> ids) {
    return koppelingen("select kandidaat_id, beroep_id from kandidaat.ervaring where kandidaat_id = any(?)", ids);
  }

  public Map<UUID, List<String>> vaardigheden(Collection<UUID> ids) {
    return koppelingen("select kandidaat_id, vaardigheid_id from kandidaat.vaardigheid where kandidaat_id = any(?)", ids);
  }

  public Map<UUID, List<String>> doelgroepen(Collection<UUID> ids) {
    return koppelingen("select id, unnest(doelgroepen) from kandidaat.kandidaat where id = any(?)", ids);
  }

  private Map<UUID, List<String>> koppelingen(String sql, Collection<UUID> ids) {
    Map<UUID, List<String>> uit = new HashMap<>();
    if (ids.isEmpty()) return uit;
    jdbc.sql(sql).param(ids.toArray(UUID[]::new)).query((ResultSet rs) -> {
      uit.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
    });
    return uit;
  }

  public Optional<Werkfitbeoordeling> werkfit(UUID id) {
    return jdbc.sql(
            "select graad, werkvormen, instrumenten, resterende_stappen, beoordeeld_door, beoordeeld_op, geldig_tot "
                + "from kandidaat.werkfit where kandidaat_id = ? order by vastgelegd_op desc, beoordeeld_op desc limit 1")
        .param(id).query(KandidaatRepository::werkfit).optional();
  }

  /** De laatste werkfitbeoordeling per kandidaat in het bestand van een regio. */
  public Map<UUID, Werkfitbeoordeling> werkfitInRegio(String regio) {
    Map<UUID, Werkfitbeoordeling> uit = new HashMap<>();
    jdbc.sql(
            """
            select distinct on (w.kandidaat_id) w.kandidaat_id, w.graad, w.werkvormen, w.instrumenten, w.resterende_stappen,
              w.beoordeeld_door, w.beoordeeld_op, w.geldig_tot
            from kandidaat.werkfit w join kandidaat.kandidaat k on k.id = w.kandidaat_id
            where k.regiocode = ? order by w.kandidaat_id, w.vastgelegd_op desc, w.beoordeeld_op desc
            """)
        .param(regio)
        .query((ResultSet rs) -> {
          uit.put(rs.getObject("kandidaat_id", UUID.class), werkfit(rs, 0));
        });
    return uit;
  }

  public void bewaarWerkfit(UUID kandidaat, Werkfitbeoordeling w) {
    jdbc.sql(
            """
            insert into kandidaat.werkfit (id, kandidaat_id, graad, werkvormen, instrumenten, resterende_stappen, beoordeeld_door, beoordeeld_op, geldig_tot)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(UUID.randomUUID(), kandidaat, w.graad().name(), tekstArray(w.werkvormen().stream().map(Enum::name).toList()),
            tekstArray(w.instrumenten().stream().map(Enum::name).toList()), w.resterendeStappen(), w.beoordeeldDoor(),
            w.beoordeeldOp(), w.geldigTot())
        .update();
  }

  public List<Toestemming> toestemmingen(UUID kandidaat) {
    return jdbc.sql(
            "select id, soort, werkgever_id, doel, tekstversie, gegeven_op, wijze, vastgelegd_door, ingetrokken_op, ingetrokken_door "
                + "from kandidaat.toestemming where kandidaat_id = ? order by gegeven_op")
        .param(kandidaat)
        .query((rs, i) -> new Toestemming(
            rs.getObject("id", UUID.class), Toestemming.Soort.valueOf(rs.getString("soort")), rs.getObject("werkgever_id", UUID.class),
            rs.getString("doel"), rs.getString("tekstversie"), instant(rs.getTimestamp("gegeven_op")),
            Toestemming.Wijze.valueOf(rs.getString("wijze")), rs.getString("vastgelegd_door"),
            instant(rs.getTimestamp("ingetrokken_op")), rs.getString("ingetrokken_door")))
        .list();
  }

  public void voegToestemmingToe(UUID kandidaat, Toestemming t) {
    jdbc.sql(
            """
            insert into kandidaat.toestemming (id, kandidaat_id, soort, werkgever_id, doel, tekstversie, gegeven_op, wijze, vastgelegd_door)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(t.id(), kandidaat, t.soort().name(), t.werkgever(), t.doel(), t.tekstversie(), Timestamp.from(t.gegevenOp()),
            t.wijze().name(), t.vastgelegdDoor())
        .update();
  }

  public void trekIn(Toestemming t) {
    jdbc.sql("update kandidaat.toestemming set ingetrokken_op = ?, ingetrokken_door = ? where id = ? and ingetrokken_op is null")
        .params(Timestamp.from(t.ingetrokkenOp()), t.ingetrokkenDoor(), t.id())
        .update();
  }

  /** Kandidaten in een regio met een geldige toestemming voor het bestand. */
  /** Trechtertellingen per regio in één doorgang; dezelfde regels als {@code Zichtbaarheid}. */
  public List<nl.perspectiefopwerk.kandidaat.Bestandstelling> bestandstellingen(LocalDate vandaag, int bevestigingMaanden, String binnenRegio) {
    String groep = binnenRegio == null ? "k.regiocode" : "coalesce(k.organisatie_id::text, '')";
    String filter = binnenRegio == null ? "" : " and k.regiocode = :regio";
    return jdbc.sql(
            """
            with laatste as (
              select distinct on (kandidaat_id) kandidaat_id, graad, geldig_tot
              from kandidaat.werkfit order by kandidaat_id, vastgelegd_op desc, beoordeeld_op desc),
            toestemming as (
              select distinct kandidaat_id from kandidaat.toestemming where soort = 'BESTAND' and ingetrokken_op is null),
            k as (
                select %s as groep,
                     (w.graad = 'WERKFIT' and w.geldig_tot > :vandaag) as werkfit,
                     (k.in_bestand and t.kandidaat_id is not null and w.graad = 'WERKFIT') as kandidaat_bestand,
                     (k.laatst_bevestigd_op > :bevestigdNa) as bevestigd
              from kandidaat.kandidaat k
              left join laatste w on w.kandidaat_id = k.id
              left join toestemming t on t.kandidaat_id = k.id
              where k.geanonimiseerd_op is null%s)
            select groep,
                   count(*) as geidentificeerd,
                   count(*) filter (where werkfit) as werkfit,
                   count(*) filter (where kandidaat_bestand and werkfit and bevestigd) as in_bestand,
                   count(*) filter (where kandidaat_bestand and not (werkfit and bevestigd)) as verouderd
            from k group by groep order by groep
            """.formatted(groep, filter))
        .params(binnenRegio == null ? java.util.Map.<String, Object>of() : java.util.Map.<String, Object>of("regio", binnenRegio))
        .param("vandaag", vandaag)
        .param("bevestigdNa", vandaag.minusMonths(bevestigingMaanden))
        .query((rs, i) -> new nl.perspectiefopwerk.kandidaat.Bestandstelling(rs.getString("groep"), rs.getLong("geidentificeerd"),
            rs.getLong("werkfit"), rs.getLong("in_bestand"), rs.getLong("verouderd")))
        .list();
  }

  public Set<UUID> metBestandstoestemming(String regio) {
    return new HashSet<>(jdbc.sql(
            """
            select t.kandidaat_id from kandidaat.toestemming t join kandidaat.kandidaat k on k.id = t.kandidaat_id
            where k.regiocode = ? and t.soort = 'BESTAND' and t.ingetrokken_op is null
            """)
        .param(regio).query(UUID.class).list());
  }

  public Ondersteuningsbehoefte ondersteuning(UUID kandidaat) {
    return jdbc.sql("select mobiliteit, kinderopvang, schulden, gezondheid from kandidaat.ondersteuning where kandidaat_id = ?")
        .param(kandidaat)
        .query((rs, i) -> new Ondersteuningsbehoefte(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
        .optional().orElse(Ondersteuningsbehoefte.GEEN);
  }

  /** Koppelt het account van de kandidaat zelf (zelfmelding of demo). */
  public void koppelGebruiker(UUID kandidaat, String gebruikersnaam) {
    jdbc.sql("update kandidaat.kandidaat set gebruikersnaam = ? where id = ?").params(gebruikersnaam, kandidaat).update();
  }

  /** Van deze kandidaten: wie via deze bron binnenkwam en nog geen werkfitbeoordeling heeft. */
  public Set<UUID> zelfmeldingenZonderWerkfit(String bron, Collection<UUID> ids) {
    if (ids.isEmpty()) return Set.of();
    return new HashSet<>(jdbc.sql(
            """
            select distinct b.kandidaat_id from kandidaat.bron b
            where b.bron = ? and b.kandidaat_id = any(?)
              and not exists (select 1 from kandidaat.werkfit w where w.kandidaat_id = b.kandidaat_id)
            """)
        .params(bron, ids.toArray(UUID[]::new)).query(UUID.class).list());
  }

  public long aantalInRegio(String regio) {
    return jdbc.sql("select count(*) from kandidaat.kandidaat where regiocode = ?").param(regio).query(Long.class).single();
  }

  /** Alleen voor demodata: een oudere bevestigingsdatum, om verouderde profielen te tonen. */
  public void zetBevestigd(UUID kandidaat, LocalDate op) {
    jdbc.sql("update kandidaat.kandidaat set laatst_bevestigd_op = ? where id = ?").params(op, kandidaat).update();
  }

  public void bevestig(UUID kandidaat, LocalDate op) {
    jdbc.sql("update kandidaat.kandidaat set laatst_bevestigd_op = ?, versie = versie + 1 where id = ?").params(op, kandidaat).update();
  }

  public void haalUitBestand(UUID kandidaat, String reden) {
    jdbc.sql("update kandidaat.kandidaat set in_bestand = false, uit_bestand_reden = ?, uit_bestand_op = now(), versie = versie + 1 where id = ? and in_bestand")
        .params(reden, kandidaat).update();
  }

  /** De kandidaat is geplaatst: hij verlaat het zoekbare bestand (blijft verder ongewijzigd). */
  public void zetGeplaatst(UUID kandidaat, LocalDate sinds) {
    jdbc.sql("update kandidaat.kandidaat set geplaatst_sinds = ?, versie = versie + 1 where id = ?").params(sinds, kandidaat).update();
  }

  /** De plaatsing is beëindigd: terug in het bestand, of (als de kandidaat dat niet wil) uit het bestand. */
  public void beeindigPlaatsing(UUID kandidaat, boolean terugInBestand) {
    jdbc.sql("update kandidaat.kandidaat set geplaatst_sinds = null, versie = versie + 1 where id = ?").param(kandidaat).update();
    if (!terugInBestand) haalUitBestand(kandidaat, "Na uitval uit een plaatsing niet terug in het bestand");
  }

  /** Wist de identiteit van wie langer dan de bewaartermijn uit het bestand is; de statistiek blijft. */
  public int wisIdentiteit(Instant uitBestandVoor) {
    List<UUID> ids = jdbc.sql("select id from kandidaat.kandidaat where not in_bestand and geanonimiseerd_op is null and uit_bestand_op < ?")
        .param(Timestamp.from(uitBestandVoor)).query(UUID.class).list();
    for (UUID id : ids) {
      jdbc.sql(
              """
              update kandidaat.kandidaat set voornaam = null, achternaam = null, geboortedatum = null, bsn_versleuteld = null,
                bsn_hash = null, straat = null, huisnummer = null, postcode = null, woonplaats = null, email = null,
                telefoon = null, sectorwensen = null, gebruikersnaam = null, geanonimiseerd_op = now(), versie = versie + 1
              where id = ?
              """)
          .param(id).update();
      jdbc.sql("delete from kandidaat.ondersteuning where kandidaat_id = ?").param(id).update();
      jdbc.sql("delete from kandidaat.bron where kandidaat_id = ?").param(id).update();
    }
    return ids.size();
  }

  public Map<String, Long> tellingPerRegio() {
    Map<String, Long> uit = new HashMap<>();
    jdbc.sql("select regiocode, count(*) from kandidaat.kandidaat group by regiocode").query((ResultSet rs) -> {
      uit.put(rs.getString(1), rs.getLong(2));
    });
    return uit;
  }

  private static Werkfitbeoordeling werkfit(ResultSet rs, int i) throws SQLException {
    return new Werkfitbeoordeling(
        WerkfitGraad.valueOf(rs.getString("graad")),
        Arrays.stream((String[]) rs.getArray("werkvormen").getArray()).map(Werkvorm::valueOf).toList(),
        Arrays.stream((String[]) rs.getArray("instrumenten").getArray()).map(Instrument::valueOf).toList(),
        rs.getString("resterende_stappen"),
        rs.getString("beoordeeld_door"),
        rs.getObject("beoordeeld_op", LocalDate.class),
        rs.getObject("geldig_tot", LocalDate.class));
  }

  private static KandidaatRij rij(ResultSet rs, int i) throws SQLException {
    return new KandidaatRij(
        rs.getObject("id", UUID.class), rs.getString("regiocode"), rs.getObject("organisatie_id", UUID.class),
        rs.getString("gebruikersnaam"), rs.getBoolean("in_bestand"), rs.getString("uit_bestand_reden"),
        instant(rs.getTimestamp("uit_bestand_op")), instant(rs.getTimestamp("geanonimiseerd_op")),
        rs.getString("voornaam"), rs.getString("achternaam"), rs.getObject("geboortedatum", LocalDate.class),
        rs.getBytes("bsn_versleuteld"), rs.getString("straat"), rs.getString("huisnummer"), rs.getString("postcode"),
        rs.getString("woonplaats"), rs.getString("email"), rs.getString("telefoon"), rs.getString("pc4"),
        rs.getString("gemeentecode"), rs.getString("opleidingsniveau"), rs.getBoolean("startkwalificatie"),
        rs.getInt("uren_per_week"), rs.getInt("max_reisafstand_km"), rs.getObject("beschikbaar_vanaf", LocalDate.class),
        rs.getBoolean("rijbewijs"), lijst(rs, "talen"), lijst(rs, "werkvormwensen"), rs.getString("sectorwensen"),
        lijst(rs, "doelgroepen"), rs.getObject("laatst_bevestigd_op", LocalDate.class), instant(rs.getTimestamp("aangemaakt_op")),
        rs.getInt("versie"));
  }

  private static List<String> lijst(ResultSet rs, String kolom) throws SQLException {
    Array a = rs.getArray(kolom);
    return a == null ? List.of() : List.of((String[]) a.getArray());
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
