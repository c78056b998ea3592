package com.example.weather

import okhttp3.OkHttpClient
import okhttp3.Request

class WeatherClient(private val http: OkHttpClient, private val baseUrl: String) {
    fun current(city: String): String {
        val request = Request.Builder().url("$baseUrl/current?city=$city").build()
        http.newCall(request).execute().use { response ->
            return response.body?.string().orEmpty()
        }
    }
}
