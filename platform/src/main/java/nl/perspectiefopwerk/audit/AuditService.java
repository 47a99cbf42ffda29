package nl.perspectiefopwerk.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.perspectiefopwerk.gedeeld.api.Pagina;
import nl.perspectiefopwerk.gedeeld.api.PaginaVerzoek;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
class AuditService implements AuditApi {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  private static final String SELECT =
      "select id, trace_id, tijdstip, gebruiker, organisatie, rol, handeling, verwerkingsactiviteit, "
          + "betrokkene_type, betrokkene_id, doel, grondslag from audit.verwerking";

  private final JdbcClient jdbc;

  AuditService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public UUID registreer(Dataverwerking v) {
    UUID trace = UUID.randomUUID();
    jdbc.sql(
            """
            insert into audit.verwerking (trace_id, gebruiker, organisatie, rol, handeling, verwerkingsactiviteit,
              betrokkene_type, betrokkene_id, doel, grondslag)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(trace, v.actor().gebruikersnaam(), v.actor().organisatie(), v.actor().rol(), v.handeling().code(),
            v.verwerkingsactiviteit(), v.betrokkeneType(), v.betrokkeneId(), v.doel(), v.grondslag())
        .update();
    return trace;
  }

  @Override
  public Pagina<VastgelegdeVerwerking> zoek(AuditFilter f, PaginaVerzoek verzoek) {
    Selectie s = selectie(f);
    long totaal = jdbc.sql("select count(*) from audit.verwerking" + s.where()).params(s.params()).query(Long.class).single();
    return new Pagina<>(lees(s, verzoek.grootte(), verzoek.offset()), verzoek.pagina(), verzoek.grootte(), totaal);
  }

  @Override
  public List<VastgelegdeVerwerking> exporteer(AuditFilter filter, int maximum) {
    return lees(selectie(filter), maximum, 0);
  }

  private List<VastgelegdeVerwerking> lees(Selectie s, int limiet, int offset) {
    return jdbc.sql(SELECT + s.where() + " order by tijdstip desc, id desc limit :limiet offset :offset")
        .params(s.params())
        .param("limiet", limiet)
        .param("offset", offset)
        .query(VastgelegdeVerwerking.class)
        .list();
  }

  private record Selectie(String where, java.util.Map<String, Object> params) {}

  private static Selectie selectie(AuditFilter f) {
    List<String> voorwaarden = new ArrayList<>();
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    if (StringUtils.hasText(f.gebruiker())) {
      voorwaarden.add("gebruiker = :gebruiker");
      params.put("gebruiker", f.gebruiker().trim().toLowerCase());
    }
    if (StringUtils.hasText(f.betrokkeneType())) {
      voorwaarden.add("betrokkene_type = :type");
      params.put("type", f.betrokkeneType().trim());
    }
    if (StringUtils.hasText(f.betrokkeneId())) {
      voorwaarden.add("betrokkene_id = :id");
      params.put("id", f.betrokkeneId().trim());
    }
    if (f.van() != null) {
      voorwaarden.add("tijdstip >= :van");
      params.put("van", java.sql.Timestamp.from(f.van().atStartOfDay(NL).toInstant()));
    }
    if (f.tot() != null) {
      voorwaarden.add("tijdstip < :tot");
      params.put("tot", java.sql.Timestamp.from(f.tot().plusDays(1).atStartOfDay(NL).toInstant()));
    }
    return new Selectie(voorwaarden.isEmpty() ? "" : " where " + String.join(" and ", voorwaarden), params);
  }

  @Override
  public long aantal(String gebruiker, String verwerkingsactiviteit, java.time.Instant sinds) {
    return jdbc.sql("select count(*) from audit.verwerking where gebruiker = ? and verwerkingsactiviteit = ? and tijdstip >= ?")
        .params(gebruiker, verwerkingsactiviteit, java.sql.Timestamp.from(sinds))
        .query(Long.class)
        .single();
  }

  @Override
  @Transactional
  public void registreerVoorElk(Dataverwerking v, List<String> betrokkeneIds) {
    UUID trace = UUID.randomUUID();
    for (String id : betrokkeneIds) {
      jdbc.sql(
              """
              insert into audit.verwerking (trace_id, gebruiker, organisatie, rol, handeling, verwerkingsactiviteit,
                betrokkene_type, betrokkene_id, doel, grondslag)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(trace, v.actor().gebruikersnaam(), v.actor().organisatie(), v.actor().rol(), v.handeling().code(),
              v.verwerkingsactiviteit(), v.betrokkeneType(), id, v.doel(), v.grondslag())
          .update();
    }
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void signaleer(String gebruiker, String melding) {
    jdbc.sql("insert into audit.signalering (gebruiker, melding) values (?, ?)").params(gebruiker, melding).update();
  }

  @Override
  public List<Signalering> signaleringen(int maximum) {
    return jdbc.sql("select tijdstip, gebruiker, melding from audit.signalering order by tijdstip desc limit ?")
        .param(maximum)
        .query((rs, i) -> new Signalering(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
        .list();
  }

  @Override
  public List<VastgelegdeVerwerking> voorBetrokkene(String betrokkeneType, String betrokkeneId) {
    return jdbc.sql(SELECT + " where betrokkene_type = ? and betrokkene_id = ? order by tijdstip desc, id desc")
        .params(betrokkeneType, betrokkeneId)
        .query(VastgelegdeVerwerking.class)
        .list();
  }
}
