package com.acme.geo

import java.io.IOException
import kotlin.math.min
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.Response

class GeocoderClient(
    private val http: OkHttpClient,
    private val baseUrl: String,
) {
    fun geocode(address: String): Response {
        val request = Request.Builder()
            .url("$baseUrl/v1/geocode?q=${java.net.URLEncoder.encode(address, Charsets.UTF_8)}")
            .build()
        var delayMs = INITIAL_DELAY_MS
        var attempt = 1
        while (true) {
            try {
                val response = http.newCall(request).execute()
                if (response.code < 500 || attempt == MAX_ATTEMPTS) return response
                response.close()
            } catch (e: IOException) {
                if (attempt == MAX_ATTEMPTS) throw e
            }
            Thread.sleep(delayMs)
            delayMs = min(delayMs * 2, MAX_DELAY_MS)
            attempt++
        }
    }

    private companion object {
        const val MAX_ATTEMPTS = 4
        const val INITIAL_DELAY_MS = 200L
        const val MAX_DELAY_MS = 3_000L
    }
}
