package com.example.billing

import java.util.UUID

class InvoiceCache {
    private val byCustomer = mutableMapOf<UUID, List<Invoice>>()

    fun put(customerId: UUID, invoices: List<Invoice>) {
        byCustomer[customerId] = invoices
    }

    fun findByCustomerId(customerId: UUID): List<Invoice> = byCustomer[customerId].orEmpty()
}
