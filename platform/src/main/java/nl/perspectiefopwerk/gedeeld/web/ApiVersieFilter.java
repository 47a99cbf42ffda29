package nl.perspectiefopwerk.gedeeld.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Zet de header {@code API-Version} op elk antwoord onder /api (NL API Design Rules, API-57). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersieFilter extends OncePerRequestFilter {

  static final String VERSIE = "1.0.0";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setHeader("API-Version", VERSIE);
    }
    chain.doFilter(request, response);
  }
}
