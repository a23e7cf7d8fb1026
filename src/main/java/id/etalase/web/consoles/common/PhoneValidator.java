package id.etalase.web.consoles.common;

import id.etalase.contact.PhoneNumbers;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Checks a phone number as it is typed (on leaving the field), with the same rules the service
 * applies on saving: an Indonesian number, and for WhatsApp a mobile one ({@code <f:attribute
 * name="mobile" value="true"/>}).
 */
@FacesValidator("etalase.phone")
public class PhoneValidator implements Validator<String> {

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
      ConsoleMessages messages = CDI.current().select(ConsoleMessages.class).get();
      String text = messages.text(mobile ? "problem.whatsapp" : "problem.phone", value);
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }
}
