package com.acme.reports

import java.time.LocalDate
import software.amazon.awssdk.core.sync.RequestBody
import software.amazon.awssdk.services.s3.S3Client
import software.amazon.awssdk.services.s3.model.HeadObjectRequest
import software.amazon.awssdk.services.s3.model.PutObjectRequest

class ReportPublisher(
    private val s3: S3Client,
    private val bucket: String,
) {
    fun publish(report: Report) {
        val request = PutObjectRequest.builder()
            .bucket(bucket)
            .key(keyFor(report.tenantId, report.date))
            .contentType("text/csv; charset=utf-8")
            .build()
        s3.putObject(request, RequestBody.fromString(report.toCsv()))
    }

    /** Tenants whose report for [date] has not been uploaded yet. */
    fun missingReports(tenants: List<Tenant>, date: LocalDate): List<Tenant> {
        val missing = mutableListOf<Tenant>()
        tenants.forEach { tenant ->
            val exists = runCatching {
                s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(keyFor(tenant.id, date)).build())
            }.isSuccess
            if (!exists) missing += tenant
        }
        return missing
    }

    private fun keyFor(tenantId: Long, date: LocalDate) = "reports/$tenantId/$date.csv"
}
