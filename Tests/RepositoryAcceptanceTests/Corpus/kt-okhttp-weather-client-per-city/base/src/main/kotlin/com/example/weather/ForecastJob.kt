package com.example.weather

class ForecastJob(private val weather: WeatherClient) {
    fun run(cities: List<String>): Map<String, String> = emptyMap()
}
