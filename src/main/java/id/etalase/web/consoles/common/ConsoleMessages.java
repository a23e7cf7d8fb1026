package id.etalase.web.consoles.common;

import id.etalase.common.InvalidInputException;
import id.etalase.common.Problem;
import id.etalase.tenant.DomainVerifier;
import id.etalase.web.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Faces messages of the consoles, worded from the message bundle in the user's language. Problems
 * of refused input land on the field they concern.
 */
@RequestScoped
public class ConsoleMessages {

  @Inject private CurrentLanguage language;

  public String text(String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("id.etalase.i18n.messages", language.getLocale());
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, language.getLocale()).format(arguments);
  }

  /** Why a custom domain's check did not prove it, from the notes the check stored. */
  public String domainCheck(String notes) {
    return DomainVerifier.Note.parse(notes).stream()
        .map(n -> text("domains.check." + n.failure().name(), n.detail() == null ? "" : n.detail()))
        .collect(Collectors.joining(" "));
  }

  public void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /**
   * One message per problem, on the component its field maps to ({@code fieldToClientId}), or on
   * the page for a field the form does not show.
   */
  public void problems(InvalidInputException refused, Map<String, String> fieldToClientId) {
    for (Problem problem : refused.problems()) {
      add(
          fieldToClientId.get(problem.field()),
          FacesMessage.SEVERITY_ERROR,
          problem.messageKey(),
          problem.arguments().toArray());
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
