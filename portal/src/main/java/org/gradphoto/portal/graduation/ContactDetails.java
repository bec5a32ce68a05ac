package org.gradphoto.portal.graduation;

import jakarta.persistence.Embeddable;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.MobileNumber;

/**
 * How the office reaches a candidate about an application: a mobile number and a postal address (both required),
 * an e-mail address and remarks (optional). Checked when made; an application replaces it, never changes it.
 */
@Embeddable
public class ContactDetails {

    private String phone;
    private String address;
    private String email;
    private String remarks;

    protected ContactDetails() {
    }

    public ContactDetails(String phone, String address, String email, String remarks) {
        MobileNumber mobile = new MobileNumber(phone);
        String a = address == null ? "" : address.strip();
        if (a.isEmpty() || a.length() > 200) {
            throw new RefusedException("application.error.address");
        }
        String e = email == null ? "" : email.strip();
        if (!e.isEmpty() && (e.length() > 100 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new RefusedException("application.error.email");
        }
        String r = remarks == null ? "" : remarks.strip();
        if (r.length() > 500) {
            throw new RefusedException("application.error.remarks");
        }
        this.phone = mobile.value();
        this.address = a;
        this.email = e.isEmpty() ? null : e;
        this.remarks = r.isEmpty() ? null : r;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getEmail() {
        return email;
    }

    public String getRemarks() {
        return remarks;
    }
}
