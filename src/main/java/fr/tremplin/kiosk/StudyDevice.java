package fr.tremplin.kiosk;

import fr.tremplin.core.domain.Device;

/** What the patron will learn on. */
public enum StudyDevice {
    COMPUTER(Device.COMPUTER), PHONE(Device.PHONE);

    private final Device device;

    StudyDevice(Device device) {
        this.device = device;
    }

    public Device device() {
        return device;
    }
}
