package com.example.billing

class DunningService(private val invoices: InvoiceCache) {
    fun overdue(customers: List<Customer>): Map<Customer, Long> {
        val result = mutableMapOf<Customer, Long>()
        for (customer in customers) {
            val open = invoices.findByCustomerId(customer.id).filterNot { it.paid }
            result[customer] = open.sumOf { it.amountCents }
        }
        return result
    }
}
