package org.freshview.internal.settings;

/** One place a setting can be given. */
interface Source {

    /** The setting's value here, or {@code null} if this source does not give it. */
    SettingValue find(Setting setting);
}
