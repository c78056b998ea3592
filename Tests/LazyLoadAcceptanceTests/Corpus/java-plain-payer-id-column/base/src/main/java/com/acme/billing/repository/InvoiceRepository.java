package com.acme.billing.repository;

import com.acme.billing.domain.Invoice;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {
    @Query("select i from Invoice i where i.dueDate < :today")
    List<Invoice> findOverdue(@Param("today") LocalDate today);
}
