package org.tandem.core.validation;

import java.lang.annotation.ElementType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.tandem.core.shared.LocalizedText;

/**
 * Validates commands and questionnaires with Bean Validation (Hibernate Validator) and reports every violation in
 * Russian and English.
 *
 * <p>Uses the expression-free {@link ParameterMessageInterpolator}, so no Expression Language implementation is
 * needed and it works the same inside OSGi. Thread-safe; build one and share it.
 */
public final class CommandValidator {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ValidatorFactory factory;
    private final Validator russian;
    private final Validator english;

    private CommandValidator(ValidatorFactory factory) {
        this.factory = factory;
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        this.russian = factory.usingContext().messageInterpolator(new FixedLocale(interpolator, RUSSIAN)).getValidator();
        this.english = factory.usingContext().messageInterpolator(new FixedLocale(interpolator, Locale.ENGLISH)).getValidator();
    }

    /** A validator whose past and future constraints use the system clock. */
    public static CommandValidator create() {
        return create(Clock.systemDefaultZone());
    }

    /** A validator whose {@code @Past}, {@code @Future} and kin read the day from {@code clock}, as the domain does. */
    public static CommandValidator create(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // Hibernate Validator looks up its provider and message bundles through the context loader; inside OSGi
        // that is the host's, so point it at ours while the factory is built.
        Thread.currentThread().setContextClassLoader(CommandValidator.class.getClassLoader());
        try {
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .providerResolver(() -> List.of(new HibernateValidator()))
                    .configure()
                    .clockProvider(() -> clock)
                    // commands are plain records: every property is loaded. Without this, Hibernate Validator asks
                    // Jakarta Persistence about every property whenever JPA is on the class path (half its time)
                    .traversableResolver(new EveryPropertyReachable())
                    .messageInterpolator(new ParameterMessageInterpolator(Set.of(RUSSIAN, Locale.ENGLISH),
                            Locale.ENGLISH, false))
                    .buildValidatorFactory();
            return new CommandValidator(factory);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /**
     * Returns {@code command} when it is valid.
     *
     * @throws InvalidCommandException listing every violation, in both languages
     * @throws NullPointerException    when the command itself is null
     */
    public <T> T validate(T command) {
        Objects.requireNonNull(command, "command");
        List<ConstraintViolation<T>> inRussian = sorted(russian.validate(command));
        if (inRussian.isEmpty()) {
            return command;
        }
        List<ConstraintViolation<T>> inEnglish = sorted(english.validate(command));
        List<Violation> violations = new ArrayList<>();
        Iterator<ConstraintViolation<T>> en = inEnglish.iterator();
        for (ConstraintViolation<T> ru : inRussian) {
            violations.add(new Violation(ru.getPropertyPath().toString(),
                    LocalizedText.of(ru.getMessage(), en.next().getMessage())));
        }
        throw new InvalidCommandException(command.getClass().getSimpleName(), violations);
    }

    private static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> violations) {
        List<ConstraintViolation<T>> list = new ArrayList<>(violations);
        list.sort(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessageTemplate)
                .thenComparing(v -> String.valueOf(v.getInvalidValue())));
        return list;
    }

    /** Closes the underlying factory. */
    public void close() {
        factory.close();
    }

    private static final class EveryPropertyReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                                   ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                                    ElementType elementType) {
            return true;
        }
    }

    private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
