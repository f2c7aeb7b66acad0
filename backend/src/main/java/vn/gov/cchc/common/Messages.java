package vn.gov.cchc.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The API's own texts (problem titles and details) in Vietnamese (default) and English, chosen by
 * the request's {@code Accept-Language}.
 */
public final class Messages {

    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(VI, EN);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** Vietnamese unless the header prefers English. */
    public static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VI;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return found == null ? VI : found;
        } catch (IllegalArgumentException e) {
            return VI;
        }
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            Locale bundleLocale = EN.getLanguage().equals(locale.getLanguage()) ? EN : Locale.ROOT;
            pattern = ResourceBundle.getBundle("messages", bundleLocale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Renders "{key}" placeholders produced by {@link ProblemException#invalidField}; other text is kept. */
    public static String render(Locale locale, String text, Object... args) {
        if (text != null && text.startsWith("{") && text.endsWith("}")) {
            return get(locale, text.substring(1, text.length() - 1), args);
        }
        return text;
    }
}
