package id.etalase.web;

import id.etalase.health.OutOfMemoryRecord;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sees the error of every request and records an {@link OutOfMemoryError} among its causes, so that
 * readiness turns DOWN ({@link OutOfMemoryRecord}). Two ways out of a request carry one: it is
 * thrown through the filter chain, or it was already turned into the error page (OmniFaces' ajax
 * exception handler leaves it in the request's standard error attribute). Mapped first.
 */
public class OutOfMemoryFilter extends HttpFilter {

  @Inject private OutOfMemoryRecord outOfMemory;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      outOfMemory.record(e, request.getRequestURI());
      throw e;
    }
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable handled) {
      outOfMemory.record(handled, request.getRequestURI());
    }
  }
}
