package vn.gov.cchc.common;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * Every {@code @NotBlank} of the API, present and future, uses {@link UnicodeText#isBlank}: a title
 * made only of zero-width spaces, no-break spaces, ideographic spaces or other invisible characters
 * is blank, where Bean Validation's own rule only sees ASCII whitespace.
 */
@Singleton
public class UnicodeBlankRule implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false)
                .validatedBy(NotBlankValidator.class);
        configuration.addMapping(mapping);
    }

    /** Null and text with nothing visible are blank. */
    public static class NotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && !UnicodeText.isBlank(value);
        }
    }
}
