package id.etalase.web;

import id.etalase.pagecache.PageCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Contained;
import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Request;
import org.apache.catalina.Response;
import org.glassfish.web.valve.GlassFishValve;

/**
 * Answers an anonymous visitor's repeated request for a public page from the page cache inside the
 * web container, before Jakarta Security asks the authentication mechanism and JACC checks the
 * permissions: on a kept page those steps cost more than the answer itself (docs/benchmarks.md).
 * Every other request, and every page not kept, goes on unchanged to the security steps and the
 * filters, where {@link PageCacheFilter} renders and keeps it; the two share one key and one
 * answer.
 *
 * <p>WEB-INF/glassfish-web.xml names this class, but the container appends an application's valves
 * after its own authenticator. So the instance it creates only places a second one at the front of
 * the web module's pipeline, through the pipeline's public remove and add, and then stands aside.
 */
public class PageCacheValve implements GlassFishValve, Contained {

  private final boolean front;
  private Container container;

  /** The instance the container creates from glassfish-web.xml. */
  public PageCacheValve() {
    this(false);
  }

  private PageCacheValve(boolean front) {
    this.front = front;
  }

  @Override
  public String getInfo() {
    return "Etalase page cache";
  }

  @Override
  public Container getContainer() {
    return container;
  }

  @Override
  public void setContainer(Container container) {
    this.container = container;
    if (!front && container != null) {
      placeFirst(container.getPipeline());
    }
  }

  /** The valves already there go behind a front instance, in their order; the basic one stays. */
  private static void placeFirst(Pipeline pipeline) {
    List<GlassFishValve> ahead = new ArrayList<>();
    for (GlassFishValve valve : pipeline.getValves()) {
      if (valve != pipeline.getBasic()) {
        ahead.add(valve);
      }
    }
    ahead.forEach(pipeline::removeValve);
    pipeline.addValve(new PageCacheValve(true));
    ahead.forEach(pipeline::addValve);
  }

  @Override
  public int invoke(Request request, Response response) throws IOException {
    if (front
        && request.getRequest() instanceof HttpServletRequest http
        && response.getResponse() instanceof HttpServletResponse httpResponse
        && http.getServletContext().getAttribute(PageCache.class.getName())
            instanceof PageCache cache
        && cache.isEnabled()) {
      String key = PageCacheFilter.anonymousKey(http);
      if (key != null && PageCacheFilter.answer(cache, key, http, httpResponse)) {
        return END_PIPELINE;
      }
    }
    return INVOKE_NEXT;
  }

  @Override
  public void postInvoke(Request request, Response response) {
    // Nothing to finish: an answered request ended the pipeline, any other went on untouched.
  }
}
