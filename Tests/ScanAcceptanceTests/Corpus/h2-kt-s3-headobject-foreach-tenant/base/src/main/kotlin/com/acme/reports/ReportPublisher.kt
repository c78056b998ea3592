package com.acme.reports

import java.time.LocalDate
import software.amazon.awssdk.core.sync.RequestBody
import software.amazon.awssdk.services.s3.S3Client
import software.amazon.awssdk.services.s3.model.PutObjectRequest

class ReportPublisher(
    private val s3: S3Client,
    private val bucket: String,
) {
    fun publish(report: Report) {
        val request = PutObjectRequest.builder()
            .bucket(bucket)
            .key(keyFor(report.tenantId, report.date))
            .contentType("text/csv")
            .build()
        s3.putObject(request, RequestBody.fromString(report.toCsv()))
    }

    private fun keyFor(tenantId: Long, date: LocalDate) = "reports/$tenantId/$date.csv"
}
