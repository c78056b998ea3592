package com.example.billing

import org.springframework.data.jpa.repository.JpaRepository
import java.util.UUID

interface InvoiceRepository : JpaRepository<Invoice, UUID> {
    fun findByCustomerId(customerId: UUID): List<Invoice>
}
