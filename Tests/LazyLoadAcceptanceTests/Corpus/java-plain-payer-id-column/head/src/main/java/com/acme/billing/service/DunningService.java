package com.acme.billing.service;

import com.acme.billing.domain.Invoice;
import com.acme.billing.repository.InvoiceRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DunningService {

    private final InvoiceRepository invoiceRepository;

    public DunningService(InvoiceRepository invoiceRepository) {
        this.invoiceRepository = invoiceRepository;
    }

    @Transactional(readOnly = true)
    public List<String> overdueRecipients(LocalDate today) {
        List<String> recipients = new ArrayList<>();
        for (Invoice invoice : invoiceRepository.findOverdue(today)) {
            recipients.add(invoice.getPayerId() + ":" + invoice.getTotal());
        }
        return recipients;
    }
}
