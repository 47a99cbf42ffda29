package nl.perspectiefopwerk.leeragenda;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** De publieke ingang van de leeragenda. */
public interface LeeragendaApi {

  /** Items op deze thema's, gepubliceerd na {@code sinds}, nieuwste eerst. */
  List<Item> nieuwOpThemas(Set<Thema> themas, Instant sinds, int maximum);

  /** De thema's waar een regio volgens de behoeftepeiling prioriteit aan geeft (leeg als er geen peiling is). */
  Set<Thema> themasVanRegio(String regiocode);
}
