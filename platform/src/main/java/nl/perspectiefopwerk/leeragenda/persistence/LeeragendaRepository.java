package nl.perspectiefopwerk.leeragenda.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.leeragenda.Activiteit;
import nl.perspectiefopwerk.leeragenda.Activiteitvorm;
import nl.perspectiefopwerk.leeragenda.Behoefte;
import nl.perspectiefopwerk.leeragenda.Doelpubliek;
import nl.perspectiefopwerk.leeragenda.Item;
import nl.perspectiefopwerk.leeragenda.Itemsoort;
import nl.perspectiefopwerk.leeragenda.Omvang;
import nl.perspectiefopwerk.leeragenda.Pijler;
import nl.perspectiefopwerk.leeragenda.Productvorm;
import nl.perspectiefopwerk.leeragenda.Stedelijkheid;
import nl.perspectiefopwerk.leeragenda.Thema;
import nl.perspectiefopwerk.leeragenda.Zoekvraag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opslag van items, activiteiten, deelnames, behoeftepeilingen en bezoeken (schema leeragenda). */
@Repository
public class LeeragendaRepository {

  private static final String ITEM =
      "id, soort, titel, samenvatting, inhoud, thema, pijler, regiocode, vorm, url, resultaten, activiteit_id, cyclus_id, stedelijkheid, omvang, "
          + "sectoren, mislukt, publiek_privaat, gepubliceerd_door, gepubliceerd_op, versie";

  private final JdbcClient jdbc;

  LeeragendaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- items ---

  public void voegItemToe(Item i) {
    jdbc.sql(
            """
            insert into leeragenda.item (id, soort, titel, samenvatting, inhoud, thema, pijler, regiocode, vorm, url, resultaten, activiteit_id,
              cyclus_id, stedelijkheid, omvang, sectoren, mislukt, publiek_privaat, gepubliceerd_door, gepubliceerd_op, versie)
            values (:id, :soort, :titel, :samenvatting, :inhoud, :thema, :pijler, :regio, :vorm, :url, :resultaten, :activiteit, :cyclus,
              :stedelijkheid, :omvang, :sectoren, :mislukt, :publiek, :door, :op, 0)
            """)
        .param("id", i.id()).param("soort", i.soort().name()).param("titel", i.titel()).param("samenvatting", i.samenvatting())
        .param("inhoud", i.inhoud()).param("thema", i.thema().name()).param("pijler", i.pijler().name()).param("regio", i.regiocode())
        .param("vorm", naam(i.vorm())).param("url", i.url()).param("resultaten", i.resultaten()).param("activiteit", i.activiteitId())
        .param("cyclus", i.cyclusId()).param("stedelijkheid", naam(i.stedelijkheid())).param("omvang", naam(i.omvang()))
        .param("sectoren", i.sectoren()).param("mislukt", i.mislukt()).param("publiek", i.doelpubliek().name())
        .param("door", i.gepubliceerdDoor()).param("op", OffsetDateTime.ofInstant(i.gepubliceerdOp(), ZoneOffset.UTC))
        .update();
  }

  /** Wijzigt de inhoud van een item (niet soort, regio, publicatiedatum of publicist); false als de versie verouderd is. */
  public boolean wijzigItem(Item i, int versie) {
    return jdbc.sql(
            """
            update leeragenda.item set titel = :titel, samenvatting = :samenvatting, inhoud = :inhoud, thema = :thema, pijler = :pijler, vorm = :vorm,
              url = :url, resultaten = :resultaten, activiteit_id = :activiteit, cyclus_id = :cyclus, stedelijkheid = :stedelijkheid, omvang = :omvang,
              sectoren = :sectoren, mislukt = :mislukt, publiek_privaat = :publiek, versie = versie + 1
            where id = :id and versie = :versie
            """)
        .param("titel", i.titel()).param("samenvatting", i.samenvatting()).param("inhoud", i.inhoud()).param("thema", i.thema().name())
        .param("pijler", i.pijler().name()).param("vorm", naam(i.vorm())).param("url", i.url()).param("resultaten", i.resultaten())
        .param("activiteit", i.activiteitId()).param("cyclus", i.cyclusId()).param("stedelijkheid", naam(i.stedelijkheid()))
        .param("omvang", naam(i.omvang())).param("sectoren", i.sectoren()).param("mislukt", i.mislukt()).param("publiek", i.doelpubliek().name())
        .param("id", i.id()).param("versie", versie)
        .update() == 1;
  }

  public Optional<Item> item(UUID id) {
    return jdbc.sql("select " + ITEM + " from leeragenda.item where id = ?").param(id).query(LeeragendaRepository::itemRij).optional();
  }

  public long aantalItems() {
    return jdbc.sql("select count(*) from leeragenda.item").query(Long.class).single();
  }

  /** Zoekt met websearch_to_tsquery('dutch') op de gewogen tsvector (GIN-index) en rangschikt met ts_rank_cd. */
  public List<Map.Entry<Item, Double>> zoek(Zoekvraag v, int maximum) {
    StringBuilder sql = new StringBuilder("select " + ITEM + ", ");
    Map<String, Object> p = new LinkedHashMap<>();
    boolean tekst = v.tekst() != null && !v.tekst().isBlank();
    if (tekst) {
      sql.append("ts_rank_cd(zoekvector, websearch_to_tsquery('dutch', :q)) as rang from leeragenda.item where zoekvector @@ websearch_to_tsquery('dutch', :q)");
      p.put("q", v.tekst().strip());
    } else {
      sql.append("0.0 as rang from leeragenda.item where true");
    }
    if (v.soort() != null) { sql.append(" and soort = :soort"); p.put("soort", v.soort().name()); }
    if (v.thema() != null) { sql.append(" and thema = :thema"); p.put("thema", v.thema().name()); }
    if (v.pijler() != null) { sql.append(" and pijler = :pijler"); p.put("pijler", v.pijler().name()); }
    if (v.regiocode() != null) { sql.append(" and regiocode = :regio"); p.put("regio", v.regiocode()); }
    if (v.stedelijkheid() != null) { sql.append(" and (stedelijkheid = :sted or stedelijkheid is null)"); p.put("sted", v.stedelijkheid().name()); }
    if (v.omvang() != null) { sql.append(" and (omvang = :omvang or omvang is null)"); p.put("omvang", v.omvang().name()); }
    if (Boolean.TRUE.equals(v.alleenMislukt())) sql.append(" and mislukt");
    sql.append(" order by rang desc, gepubliceerd_op desc limit :max");
    p.put("max", maximum);
    var s = jdbc.sql(sql.toString());
    for (var e : p.entrySet()) s = s.param(e.getKey(), e.getValue());
    return s.query((rs, n) -> Map.entry(itemRij(rs, n), rs.getDouble("rang"))).list();
  }

  public List<Item> nieuwOpThemas(Collection<Thema> themas, Instant sinds, int maximum) {
    if (themas.isEmpty()) return List.of();
    return jdbc.sql("select " + ITEM + " from leeragenda.item where thema in (:t) and gepubliceerd_op > :sinds order by gepubliceerd_op desc limit :max")
        .param("t", themas.stream().map(Enum::name).toList()).param("sinds", OffsetDateTime.ofInstant(sinds, ZoneOffset.UTC)).param("max", maximum)
        .query(LeeragendaRepository::itemRij).list();
  }

  public List<Item> vanActiviteit(UUID activiteit) {
    return jdbc.sql("select " + ITEM + " from leeragenda.item where activiteit_id = ? order by gepubliceerd_op desc").param(activiteit)
        .query(LeeragendaRepository::itemRij).list();
  }

  public List<Item> vanCyclus(UUID cyclus) {
    return jdbc.sql("select " + ITEM + " from leeragenda.item where cyclus_id = ? order by gepubliceerd_op desc").param(cyclus)
        .query(LeeragendaRepository::itemRij).list();
  }

  public Map<Thema, Long> aantalPerThema() {
    Map<Thema, Long> uit = new EnumMap<>(Thema.class);
    for (Thema t : Thema.values()) uit.put(t, 0L);
    jdbc.sql("select thema, count(*) as n from leeragenda.item group by thema")
        .query((rs, n) -> Map.entry(Thema.valueOf(rs.getString("thema")), rs.getLong("n"))).list()
        .forEach(e -> uit.put(e.getKey(), e.getValue()));
    return uit;
  }

  // --- activiteiten ---

  public void voegActiviteitToe(Activiteit a, String door) {
    jdbc.sql(
            """
            insert into leeragenda.activiteit (id, thema, vorm, titel, omschrijving, datum, regiocode, partner, aangemaakt_door, versie)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            """)
        .params(a.id(), a.thema().name(), a.vorm().name(), a.titel(), a.omschrijving(), a.datum(), a.regiocode(), a.partner(), door)
        .update();
  }

  public Optional<Activiteit> activiteit(UUID id) {
    return jdbc.sql("select id, thema, vorm, titel, omschrijving, datum, regiocode, partner, versie from leeragenda.activiteit where id = ?")
        .param(id).query((rs, n) -> activiteitRij(rs, List.of())).optional()
        .map(a -> new Activiteit(a.id(), a.thema(), a.vorm(), a.titel(), a.omschrijving(), a.datum(), a.regiocode(), a.partner(), deelnames(a.id()),
            a.versie()));
  }

  public List<Activiteit> activiteiten() {
    List<Activiteit> kaal = jdbc.sql("select id, thema, vorm, titel, omschrijving, datum, regiocode, partner, versie from leeragenda.activiteit order by datum desc")
        .query((rs, n) -> activiteitRij(rs, List.of())).list();
    Map<UUID, List<Activiteit.Deelname>> alle = new LinkedHashMap<>();
    jdbc.sql("select activiteit_id, organisatie_id, organisatienaam, regiocode, aangemeld_door, aanwezig from leeragenda.deelname")
        .query((rs, n) -> Map.entry(rs.getObject("activiteit_id", UUID.class), deelnameRij(rs))).list()
        .forEach(e -> alle.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return kaal.stream().map(a -> new Activiteit(a.id(), a.thema(), a.vorm(), a.titel(), a.omschrijving(), a.datum(), a.regiocode(), a.partner(),
        alle.getOrDefault(a.id(), List.of()), a.versie())).toList();
  }

  private List<Activiteit.Deelname> deelnames(UUID activiteit) {
    return jdbc.sql("select organisatie_id, organisatienaam, regiocode, aangemeld_door, aanwezig from leeragenda.deelname where activiteit_id = ? order by regiocode, organisatienaam")
        .param(activiteit).query((rs, n) -> deelnameRij(rs)).list();
  }

  /** Meldt een organisatie aan; false als die al aangemeld was. */
  public boolean meldAan(UUID activiteit, UUID organisatie, String naam, String regiocode, String door) {
    return jdbc.sql("insert into leeragenda.deelname (activiteit_id, organisatie_id, organisatienaam, regiocode, aangemeld_door) values (?, ?, ?, ?, ?) on conflict do nothing")
        .params(activiteit, organisatie, naam, regiocode, door).update() == 1;
  }

  public boolean verhoogActiviteitversie(UUID id, int versie) {
    return jdbc.sql("update leeragenda.activiteit set versie = versie + 1 where id = ? and versie = ?").params(id, versie).update() == 1;
  }

  public void zetAanwezigheid(UUID activiteit, Collection<UUID> aanwezig) {
    jdbc.sql("update leeragenda.deelname set aanwezig = false where activiteit_id = ?").param(activiteit).update();
    if (!aanwezig.isEmpty()) {
      jdbc.sql("update leeragenda.deelname set aanwezig = true where activiteit_id = :a and organisatie_id in (:o)")
          .param("a", activiteit).param("o", aanwezig).update();
    }
  }

  // --- behoefte ---

  public Optional<Behoefte> behoefte(String regiocode) {
    return jdbc.sql("select regiocode, prioriteiten, stedelijkheid, omvang, sectoren, toelichting, ingevuld_door, ingevuld_op, versie from leeragenda.behoefte where regiocode = ?")
        .param(regiocode).query(LeeragendaRepository::behoefteRij).optional();
  }

  public List<Behoefte> behoeften() {
    return jdbc.sql("select regiocode, prioriteiten, stedelijkheid, omvang, sectoren, toelichting, ingevuld_door, ingevuld_op, versie from leeragenda.behoefte order by regiocode")
        .query(LeeragendaRepository::behoefteRij).list();
  }

  public void voegBehoefteToe(Behoefte b) {
    jdbc.sql("insert into leeragenda.behoefte (regiocode, prioriteiten, stedelijkheid, omvang, sectoren, toelichting, ingevuld_door) values (?, ?, ?, ?, ?, ?, ?)")
        .params(b.regiocode(), prioriteiten(b.prioriteiten()), naam(b.stedelijkheid()), naam(b.omvang()), b.sectoren(), b.toelichting(), b.ingevuldDoor())
        .update();
  }

  public boolean wijzigBehoefte(Behoefte b, int versie) {
    return jdbc.sql("""
            update leeragenda.behoefte set prioriteiten = ?, stedelijkheid = ?, omvang = ?, sectoren = ?, toelichting = ?, ingevuld_door = ?,
              ingevuld_op = now(), versie = versie + 1 where regiocode = ? and versie = ?
            """)
        .params(prioriteiten(b.prioriteiten()), naam(b.stedelijkheid()), naam(b.omvang()), b.sectoren(), b.toelichting(), b.ingevuldDoor(),
            b.regiocode(), versie)
        .update() == 1;
  }

  // --- bezoek ---

  /** Het vorige bezoek (of leeg) en legt het huidige vast. */
  public Optional<Instant> registreerBezoek(String gebruikersnaam, Instant nu) {
    Optional<Instant> vorig = jdbc.sql("select laatst_bezocht from leeragenda.bezoek where gebruikersnaam = ?").param(gebruikersnaam)
        .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    jdbc.sql("insert into leeragenda.bezoek (gebruikersnaam, laatst_bezocht) values (?, ?) on conflict (gebruikersnaam) do update set laatst_bezocht = excluded.laatst_bezocht")
        .params(gebruikersnaam, OffsetDateTime.ofInstant(nu, ZoneOffset.UTC)).update();
    return vorig;
  }

  // --- rijen ---

  private static String prioriteiten(Map<Thema, Integer> p) {
    StringBuilder sb = new StringBuilder();
    p.forEach((t, v) -> sb.append(sb.isEmpty() ? "" : ",").append(t.name()).append('=').append(v));
    return sb.toString();
  }

  private static Behoefte behoefteRij(ResultSet rs, int n) throws SQLException {
    Map<Thema, Integer> p = new EnumMap<>(Thema.class);
    for (String deel : rs.getString("prioriteiten").split(",")) {
      String[] kv = deel.split("=");
      if (kv.length == 2) p.put(Thema.valueOf(kv[0]), Integer.parseInt(kv[1]));
    }
    Timestamp op = rs.getTimestamp("ingevuld_op");
    return new Behoefte(rs.getString("regiocode"), p, waarde(Stedelijkheid.class, rs.getString("stedelijkheid")),
        waarde(Omvang.class, rs.getString("omvang")), rs.getString("sectoren"), rs.getString("toelichting"), rs.getString("ingevuld_door"),
        op == null ? null : op.toInstant(), rs.getInt("versie"));
  }

  private static Activiteit activiteitRij(ResultSet rs, List<Activiteit.Deelname> deelnames) throws SQLException {
    return new Activiteit(rs.getObject("id", UUID.class), Thema.valueOf(rs.getString("thema")), Activiteitvorm.valueOf(rs.getString("vorm")),
        rs.getString("titel"), rs.getString("omschrijving"), rs.getObject("datum", LocalDate.class), rs.getString("regiocode"),
        rs.getString("partner"), deelnames, rs.getInt("versie"));
  }

  private static Activiteit.Deelname deelnameRij(ResultSet rs) throws SQLException {
    return new Activiteit.Deelname(rs.getObject("organisatie_id", UUID.class), rs.getString("organisatienaam"), rs.getString("regiocode"),
        rs.getString("aangemeld_door"), rs.getBoolean("aanwezig"));
  }

  static Item itemRij(ResultSet rs, int n) throws SQLException {
    return new Item(rs.getObject("id", UUID.class), Itemsoort.valueOf(rs.getString("soort")), rs.getString("titel"), rs.getString("samenvatting"),
        rs.getString("inhoud"), Thema.valueOf(rs.getString("thema")), Pijler.valueOf(rs.getString("pijler")), rs.getString("regiocode"),
        waarde(Productvorm.class, rs.getString("vorm")), rs.getString("url"), rs.getString("resultaten"), rs.getObject("activiteit_id", UUID.class),
        rs.getObject("cyclus_id", UUID.class), waarde(Stedelijkheid.class, rs.getString("stedelijkheid")), waarde(Omvang.class, rs.getString("omvang")),
        rs.getString("sectoren"), rs.getBoolean("mislukt"), Doelpubliek.valueOf(rs.getString("publiek_privaat")), rs.getString("gepubliceerd_door"),
        rs.getTimestamp("gepubliceerd_op").toInstant(), rs.getInt("versie"));
  }

  private static <E extends Enum<E>> E waarde(Class<E> soort, String s) {
    return s == null ? null : Enum.valueOf(soort, s);
  }

  private static String naam(Enum<?> e) {
    return e == null ? null : e.name();
  }
}
