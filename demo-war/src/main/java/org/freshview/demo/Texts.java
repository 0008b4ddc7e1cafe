package org.freshview.demo;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The demo's texts in the user's language: {@code Texts_en.properties} and
 * {@code Texts_de.properties} beside this class. The JSPs read them with {@code <fmt:message>}
 * (the bundle is named in {@code web.xml}, the locale set in {@code layout.tag}); views use
 * this class for the texts they make themselves, such as flash messages.
 */
public final class Texts {

    /** The bundle's base name, as {@code web.xml} names it for JSTL. */
    public static final String BUNDLE = "org.freshview.demo.Texts";

    private Texts() {
    }

    /**
     * The text of a key in a language, with its arguments filled in.
     *
     * <pre>{@code Texts.format(Locale.GERMAN, "flash.saved", "Adresse")}</pre>
     */
    public static String format(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
