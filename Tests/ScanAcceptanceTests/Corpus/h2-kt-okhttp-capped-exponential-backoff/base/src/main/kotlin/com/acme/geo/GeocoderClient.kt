package com.acme.geo

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
        return http.newCall(request).execute()
    }
}
