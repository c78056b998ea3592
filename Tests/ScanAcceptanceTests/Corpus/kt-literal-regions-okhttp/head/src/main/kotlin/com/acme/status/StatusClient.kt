package com.acme.status

import okhttp3.OkHttpClient
import okhttp3.Request

class StatusClient(private val client: OkHttpClient = OkHttpClient()) {
    fun statuses(): Map<String, Int> =
        listOf("eu", "us").associateWith { region ->
            val request = Request.Builder().url("https://status.$region.acme.io/health").build()
            client.newCall(request).execute().use { it.code }
        }

    fun byStatus(results: Map<String, Int>): Map<Int, List<String>> =
        results.entries.groupBy({ it.value }, { it.key })
}
