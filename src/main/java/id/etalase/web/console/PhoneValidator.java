package id.etalase.web.console;

import id.etalase.contact.PhoneNumbers;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;

/**
 * Checks a phone number as it is typed (on leaving the field), with the same rules the service
 * applies on saving: an Indonesian number, and for WhatsApp a mobile one ({@code <f:attribute
 * name="mobile" value="true"/>}).
 */
@FacesValidator(value = "etalase.phone", managed = true)
public class PhoneValidator implements Validator<String> {

  @Inject private ConsoleMessages messages;

  @Override
  public void validate(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    boolean mobile = Boolean.parseBoolean(String.valueOf(component.getAttributes().get("mobile")));
    boolean valid =
        mobile
            ? PhoneNumbers.normaliseMobile(value).isPresent()
            : PhoneNumbers.normalise(value).isPresent();
    if (!valid) {
      String text = messages.text(mobile ? "problem.whatsapp" : "problem.phone", value);
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }
}
