package com.acme.billing.service;

import com.acme.billing.repository.InvoiceRepository;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class DunningExport {

    private final InvoiceRepository invoices;

    public DunningExport(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @Transactional(readOnly = true)
    public List<String> emails(LocalDate today) {
        return invoices.findOverdue(today).stream()
                .map(invoice -> invoice.getId().toString())
                .distinct()
                .toList();
    }
}
