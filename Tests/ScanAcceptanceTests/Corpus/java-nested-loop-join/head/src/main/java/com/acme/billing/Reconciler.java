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

    public List<Match> reconcile(long accountId) {
        List<Invoice> open = invoices.findByAccountId(accountId);
        List<Payment> received = payments.findByAccountId(accountId);
        List<Match> matches = new ArrayList<>();
        for (Invoice invoice : open) {
            for (Payment payment : received) {
                if (payment.getReference().equals(invoice.getNumber())) {
                    matches.add(new Match(invoice, payment));
                }
            }
        }
        return matches;
    }
}
