package com.example.notes.ui

import com.example.notes.data.Folder
import com.example.notes.data.NoteDao

class FolderViewModel(private val noteDao: NoteDao) {
    suspend fun counts(folders: List<Folder>): Map<Long, Int> {
        val byFolder = noteDao.notesInAll(folders.map { it.id }).groupBy { it.folderId }
        val counts = mutableMapOf<Long, Int>()
        for (folder in folders) {
            counts[folder.id] = byFolder[folder.id]?.size ?: 0
        }
        return counts
    }
}
