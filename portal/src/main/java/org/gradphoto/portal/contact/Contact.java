package org.gradphoto.portal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of the directory, in the order the admin gave (序号). */
@Entity
@Table(name = "contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactKind kind;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String phones;

    private String address;

    private String hours;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Contact() {
    }

    Contact(ContactEntry e, int sortOrder) {
        change(e);
        this.sortOrder = sortOrder;
    }

    void change(ContactEntry e) {
        this.kind = e.kind();
        this.name = e.name();
        this.phones = e.phones();
        this.address = e.address().isEmpty() ? null : e.address();
        this.hours = e.hours().isEmpty() ? null : e.hours();
    }

    ContactEntry entry() {
        return new ContactEntry(kind, name, phones, address, hours);
    }

    Long getId() {
        return id;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
