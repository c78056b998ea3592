package com.example.billing

import org.springframework.stereotype.Service

@Service
class DunningService(private val invoices: InvoiceRepository) {
    fun overdue(customers: List<Customer>): Map<Customer, Long> {
        val result = mutableMapOf<Customer, Long>()
        for (customer in customers) {
            val open = invoices.findByCustomerId(customer.id).filterNot { it.paid }
            result[customer] = open.sumOf { it.amountCents }
        }
        return result
    }
}
