package com.acme.billing;

import java.util.ArrayList;
import java.util.List;

public class Reconciler {
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;

    public Reconciler(InvoiceRepository invoices, PaymentRepository payments) {
        this.invoices = invoices;
        this.payments = payments;
    }
}
