package org.freshview.it.views;

/** A value type converted by its static valueOf(String), as Jakarta REST would. */
public record Size(int width, int height) {

    public static Size valueOf(String text) {
        String[] parts = text.split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not WIDTHxHEIGHT: " + text);
        }
        return new Size(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
